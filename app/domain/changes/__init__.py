"""The change log as clients read it: a forum's change feed, an attendee's own changes, and live streams."""
