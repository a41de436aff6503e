"""`make interop`: run the peer tools users run on every generated spec file, print one table."""
