"""The Documents page's parts: the generic input form, tables of rows, the wording editor, the list of generated documents."""
