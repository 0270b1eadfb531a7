"""Entry point of the bundled `repaydesk-cli` (PyInstaller runs this file as __main__)."""

from app.cli import main

raise SystemExit(main())
