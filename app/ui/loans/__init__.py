"""The Loans page's pieces: table model, editor, fees, payments, schedule, real cost, LPR table."""
