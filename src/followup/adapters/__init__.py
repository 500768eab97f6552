"""Small adapters: the config file, calendar and spreadsheet files, the user's templates folder, and Harper.

Each hides its library behind a few functions the use cases call; the store (`followup.store`) and the mail
servers (`followup.mail`) have folders of their own."""
