"""RepayDesk 还款协商助手: an offline, encrypted assistant for negotiating overdue loans."""

__version__ = "0.1.0"
