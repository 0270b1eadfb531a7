"""RepayDesk charts layer."""
