"""Accounts: role assignments, personal API tokens, sign-in sessions and the audit search."""
