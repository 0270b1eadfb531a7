"""Entry point of the bundled desktop app (PyInstaller runs this file as __main__)."""

from app.ui.launch import main

raise SystemExit(main())
