"""Use cases shared by the GUI and the CLI: one function per user action or query (no Qt)."""
