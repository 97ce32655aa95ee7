"""The API keeps no cookie session: a bearer token says who is asking, every time.

Flask opens a signed-cookie session for every request by default, building an itsdangerous
serializer each time (about 50 µs, a twentieth of showing a health code). Nothing here
reads or writes `flask.session`, so no session is opened or saved.
"""

from flask.sessions import SessionInterface


class NoSessions(SessionInterface):
    def open_session(self, app, request):
        return self.make_null_session(app)

    def save_session(self, app, session, response):
        return None
