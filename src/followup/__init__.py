"""followup: what to send after a job interview, to whom, when, and why."""

__version__ = "0.1.0"
