"""The use cases: the only place where the core meets the store, the mail servers and the clock's value.

The shells (`followup.cli`, `followup.web`) build a `Service` and a `Mail` on top of it, call one use case per
command or request, and render the typed result it returns."""
