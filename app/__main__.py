"""`python -m app` starts the desktop app."""

from app.ui.launch import main

raise SystemExit(main())
