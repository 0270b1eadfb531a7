"""The budget page's parts: table models, entry forms, the summary panel, history and exports."""
