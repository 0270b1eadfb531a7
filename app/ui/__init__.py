"""RepayDesk ui layer."""
