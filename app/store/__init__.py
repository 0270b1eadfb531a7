"""RepayDesk store layer."""
