"""Mail: accounts, the password (never stored), building messages, and sending them over SMTP."""
