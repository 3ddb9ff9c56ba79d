"""The UI in a real browser: headless Chromium (Debian's chromium and chromium-driver, driven by Selenium) clicks
through search → article → entity → quote over the test collection, checks what each page shows, and checks that
no script hidden in the news text runs. Screenshots of each page go to out/screenshots/."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "out" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
NO_BROWSER = "browser tests SKIPPED: Debian's chromium and chromium-driver are not installed (.ci/run installs them)"

pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason=NO_BROWSER)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(service_db: str) -> Iterator[str]:
    import uvicorn

    from dateline.service import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(service_db), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the service did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def shot(browser: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return Math.min(document.body.scrollHeight, 4000)")
    browser.set_window_size(1280, max(800, int(height)))
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    browser.set_window_size(1280, 1000)


def follow(browser: Any, action: Any) -> None:
    """Runs an action that loads a new page and waits until the new page is there: a submit or a click returns
    before the browser has left the old page, and reading it then races the navigation."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    old_page = browser.find_element(By.TAG_NAME, "html")
    action()
    WebDriverWait(browser, 20).until(expected_conditions.staleness_of(old_page))
    WebDriverWait(browser, 20).until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def no_script_ran(browser: Any) -> None:
    assert browser.execute_script("return window.__pwned === undefined"), "a script from the news text ran"


def test_search_article_entity_quote(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    assert "The collection" in browser.find_element(By.TAG_NAME, "h1").text
    shot(browser, "home")
    box = browser.find_element(By.CSS_SELECTOR, "header form.quick input[name=q]")
    box.send_keys("political prisoners")
    follow(browser, box.submit)
    hits = browser.find_elements(By.CSS_SELECTOR, "ol.hits li")
    assert hits and "prisoners" in hits[0].text.lower()
    shot(browser, "search")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "ol.hits li.article a.hit-link").click)
    assert "Maduro" in browser.page_source
    assert len(browser.find_elements(By.CSS_SELECTOR, ".text .mark.quote")) > 5
    assert browser.find_elements(By.CSS_SELECTOR, ".text a.mark.entity.person")
    shot(browser, "article")
    maduro = next(link for link in browser.find_elements(By.CSS_SELECTOR, ".text a.mark.entity.person")
                  if link.get_attribute("title").startswith("Nicolas Maduro ("))  # fmt: skip
    follow(browser, maduro.click)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Nicolas Maduro"
    assert "Quotes by Nicolas Maduro" in browser.page_source
    shot(browser, "entity")
    quote = browser.find_elements(By.CSS_SELECTOR, "table.quotes a.quote-link")[0]
    said = quote.text
    follow(browser, quote.click)
    # app.js marks the quote the address points to once the page has loaded: wait for it rather than race it.
    target = WebDriverWait(browser, 10).until(lambda driver: driver.find_element(By.CSS_SELECTOR, ".target"))
    assert target.get_attribute("id").startswith("q") and said[:20] in browser.find_element(By.CSS_SELECTOR, ".text").text
    no_script_ran(browser)


def test_events_and_quotes_pages(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/events")
    assert len(browser.find_elements(By.CSS_SELECTOR, "section.map svg path.country")) > 150
    assert browser.find_elements(By.CSS_SELECTOR, "section.map svg circle.event-point")
    assert browser.find_elements(By.CSS_SELECTOR, "section.timeline svg rect.bar")
    shot(browser, "events")
    browser.get(server + "/events?by=quad_class&actor=RUS")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert rows and all("No events" not in row.text for row in rows)
    browser.get(server + "/quotes?speaker=Lavrov")
    speakers = {cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "table.quotes td a.speaker")}
    assert speakers == {"Sergei Lavrov"}
    shot(browser, "quotes")
    browser.get(server + "/docs")
    assert browser.find_element(By.TAG_NAME, "h1").text == "API"
    assert browser.find_element(By.CSS_SELECTOR, "a[href='/openapi.json']")
    no_script_ran(browser)


def test_no_script_in_the_news_text_runs(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/search?q=claims")
    no_script_ran(browser)
    follow(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Minister rejects claims").click)
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("<script>window.__pwned=1</script>")
    assert "onerror=window.__pwned=3" in browser.find_element(By.CSS_SELECTOR, "aside.records").text
    no_script_ran(browser)
    shot(browser, "hostile-article")
    browser.get(server + "/entities/person:karl-berg")
    assert browser.find_element(By.TAG_NAME, "h1").text == '<img src=x onerror="window.__pwned=4"> Berg'
    no_script_ran(browser)
    for path in ("/quotes?contains=accept", "/events?place=Warsaw", "/"):
        browser.get(server + path)
        no_script_ran(browser)
    assert not browser.find_elements(By.CSS_SELECTOR, "main img")  # the payloads' <img> tags stayed text
