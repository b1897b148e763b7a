"""Everything the tests share, written once so a fix reaches every test that needs it.

- postgres.py: the test server's databases (libpq URLs, administration, copies of the templates)
- apps.py: the app under test and clients whose requests really overlap in it
- processes.py: real server processes (a free port, a wait until ready, a stop by process id)
- api.py: assertions on what the API answers (problems, pagination)
- logs.py: the app's JSON log lines on stderr, parsed; metrics.py: its Prometheus metrics, scraped
- factories.py: rows made through the real models; accounts.py, registrations.py, statements.py and
  writers.py arrange the callers and the data of their domains
"""
