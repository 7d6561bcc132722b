"""Publishing programs to a shared calendar server (CalDAV), kept in step with every change.

objects: the calendar objects a program becomes (built by the invite builders);
plan: what to create, update and delete, and what is a conflict;
client: a small CalDAV client over the `caldav` package;
service: prepare, plan, execute and record a publish; status per program;
credentials: passwords in the keychain; trust: remembered self-signed certificates.
"""
