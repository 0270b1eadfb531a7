"""RepayDesk documents layer."""
