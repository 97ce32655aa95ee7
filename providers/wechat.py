"""Exchange a mini-program login code for the user's openid (code2session)."""

import hashlib
from dataclasses import dataclass
from typing import Protocol


class InvalidWechatCode(ValueError):
    """The code is unknown, expired or already used."""


@dataclass(frozen=True)
class WechatSession:
    openid: str
    unionid: str | None


class WechatProvider(Protocol):
    def code_to_session(self, code: str) -> WechatSession:
        """Resolve a wx.login() code to the user's identity."""


class MockWechatProvider:
    """Derive a stable openid from the code; codes starting with 'bad' are refused.

    The mock's code stands for a WeChat user: the same code gives the same openid,
    so a demo can log in twice as the same person.
    """

    def code_to_session(self, code: str) -> WechatSession:
        if code.startswith("bad"):
            raise InvalidWechatCode(code)
        digest = hashlib.sha256(code.encode()).hexdigest()
        return WechatSession(openid="o" + digest[:27], unionid=None)
