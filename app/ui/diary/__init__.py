"""The Contact diary page's Qt models, dialogs and panels."""
