"""RepayDesk core layer."""
