"""The web pages in a real browser (Debian's chromium, driven by Selenium through the
system chromedriver: nothing downloaded): an analyst's path from a search to a person,
a fact's sources, the post and its holders, on a phone's width too. Screenshots of each
page go to KG_TEST_SCREENSHOTS (default: the test's folder). Skipped without the browser
unless KG_TEST_BROWSER_REQUIRED is set, as in CI."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from graph.load import load_paths
from kg.web import make_app
from tests.conftest import ROOT
from tests.graph.conftest import open_store

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")

if not (CHROMIUM and DRIVER):
    if os.environ.get("KG_TEST_BROWSER_REQUIRED"):
        raise RuntimeError("KG_TEST_BROWSER_REQUIRED: apt-get install chromium chromium-driver")
    pytest.skip("no chromium and chromedriver (apt-get install them)", allow_module_level=True)

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not reach the network
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kg web`'s application over the samples, served by uvicorn on a free port."""
    store = open_store("falkordb", tmp_path_factory.mktemp("web"))
    load_paths(store, [ROOT / "examples" / "articles"])
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(make_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join()
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)
    driver.set_window_size(1280, 900)
    driver.implicitly_wait(5)  # a form sent with Enter: the next page's elements awaited
    yield driver
    driver.quit()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("KG_TEST_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_browser_search_person_sources_post_and_holders(
    site: str, browser: webdriver.Chrome, shots: Path
) -> None:
    browser.get(site)
    box = browser.find_element(By.ID, "q")
    box.send_keys("lo minh hung", Keys.ENTER)
    assert "Lò Minh Hùng" in browser.find_element(By.ID, "persons").text
    browser.save_screenshot(str(shots / "1-search.png"))

    browser.find_element(By.LINK_TEXT, "Lò Minh Hùng").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Lò Minh Hùng"
    row = browser.find_element(By.CSS_SELECTOR, "#timeline tbody tr")
    assert "≤ 2022-12-07" in row.text and "≥ 2025-08-15" in row.text
    sources = row.find_element(By.CSS_SELECTOR, "details.sources")
    quote = sources.find_element(By.TAG_NAME, "blockquote")
    assert not quote.is_displayed()  # folded until asked for
    sources.find_element(By.TAG_NAME, "summary").click()
    assert quote.is_displayed() and "Lò Minh Hùng" in quote.text
    marks = [m.text for m in quote.find_elements(By.TAG_NAME, "mark")]
    assert marks == ["Lò Minh Hùng", "Phó Bí thư Thường trực Tỉnh ủy"]  # the words read
    meetings = browser.find_element(By.ID, "meetings")
    meetings.find_element(By.CSS_SELECTOR, "a.sources").click()  # a meeting chaired: its sources
    assert "Lò Minh Hùng" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_element(By.CSS_SELECTOR, "#sources mark").text == "Lò Minh Hùng"
    browser.save_screenshot(str(shots / "2b-fact-sources.png"))
    browser.back()
    row = browser.find_element(By.CSS_SELECTOR, "#timeline tbody tr")
    assert browser.title == "Lò Minh Hùng · partykg"
    browser.save_screenshot(str(shots / "2-person-sources.png"))

    row.find_element(By.CSS_SELECTOR, "a.post").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Phó Bí thư Thường trực Tỉnh ủy · Sơn La"
    holders = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#holders tbody td a.person")]
    assert holders == ["Nguyễn Đắc Quỳnh", "Lò Minh Hùng"]  # in succession
    first = browser.find_element(By.CSS_SELECTOR, "#holders tbody tr")
    assert "~ 2022-12-07" in first.text  # an end inferred from the successor, marked so
    browser.save_screenshot(str(shots / "3-post-holders.png"))

    browser.find_element(By.LINK_TEXT, "Sơn La").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sơn La"
    assert "Lò Minh Hùng" in browser.find_element(By.ID, "posts").text
    browser.save_screenshot(str(shots / "3b-province.png"))
    browser.back()

    browser.find_element(By.LINK_TEXT, "Nguyễn Đắc Quỳnh").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Nguyễn Đắc Quỳnh"
    # The chart draws the end inferred from the successor dashed, apart from what was seen.
    assert browser.find_elements(By.CSS_SELECTOR, "#chart line.inferred")
    browser.save_screenshot(str(shots / "3c-predecessor-chart.png"))

    browser.find_element(By.LINK_TEXT, "Thay đổi").click()
    since = browser.find_element(By.ID, "since")
    since.clear()
    since.send_keys("2022-12", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: "since=2022-12" in b.current_url)
    rows = browser.find_elements(By.CSS_SELECTOR, "#changes tbody tr")
    assert rows and all(r.text[:7] >= "2022-12" for r in rows)
    browser.save_screenshot(str(shots / "5-changes.png"))


def test_browser_keyboard_and_phone_width(
    site: str, browser: webdriver.Chrome, shots: Path
) -> None:
    """The search box is reached and used from the keyboard; on a phone's width the
    person's table reads as one block a holding, nothing wider than the screen."""
    browser.get(site)
    body = browser.find_element(By.TAG_NAME, "body")
    for _ in range(8):  # past the header's links
        body.send_keys(Keys.TAB)
        focused = browser.switch_to.active_element
        if focused.get_attribute("id") == "q":
            break
    assert focused.get_attribute("id") == "q"
    focused.send_keys("nguyen huu dong", Keys.ENTER)
    browser.find_element(By.LINK_TEXT, "Nguyễn Hữu Đông").send_keys(Keys.ENTER)
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True},
    )
    try:
        browser.refresh()
        wide = browser.execute_script("return document.documentElement.scrollWidth")
        assert wide <= 390
        browser.save_screenshot(str(shots / "4-person-phone.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_browser_circle_drawn_offline_and_a_click_opens_a_person(
    site: str, browser: webdriver.Chrome, shots: Path
) -> None:
    """The circle is drawn by the shipped library (every script from this server, none
    from a CDN), with pan and zoom; hovering a tie says why; clicking a drawn person
    opens their page."""
    browser.get(f"{site}/person/person:lò-minh-hùng")
    browser.find_element(By.ID, "circle-link").click()
    browser.find_element(By.CSS_SELECTOR, "#graph canvas")
    drawn = browser.execute_script("return window.kgCircle.nodes().map(n => n.id())")
    listed = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#circle a")]
    assert len(drawn) == len(listed) >= 3 and "person:lò-minh-hùng" in drawn
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(r => r.name)"
    )
    assert loaded and all(url.startswith(site) for url in loaded)
    assert browser.execute_script("return window.kgCircle.userZoomingEnabled()")
    why = browser.execute_script(
        "var e = window.kgCircle.edges()[0]; e.emit('mouseover');"
        " return document.getElementById('tie').textContent"
    )
    assert "×" in why
    browser.save_screenshot(str(shots / "6-circle.png"))

    target = "person:hoàng-quốc-khánh"
    x, y = browser.execute_script(
        "var p = window.kgCircle.getElementById(arguments[0]).renderedPosition();"
        " return [p.x, p.y]",
        target,
    )
    graph = browser.find_element(By.ID, "graph")
    size = graph.size
    ActionChains(browser).move_to_element_with_offset(
        graph, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).click().perform()
    WebDriverWait(browser, 10).until(lambda b: "/circle" not in b.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Hoàng Quốc Khánh"


def test_browser_console_runs_a_catalog_query_and_refuses_a_write(
    site: str, browser: webdriver.Chrome, shots: Path
) -> None:
    browser.get(site)
    browser.find_element(By.LINK_TEXT, "Cypher").click()
    browser.find_element(By.LINK_TEXT, "post-holders").click()
    params = browser.find_element(By.ID, "params")
    assert "title=Bí thư Tỉnh ủy" in params.get_attribute("value")  # the example, prefilled
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 10).until(lambda b: "cypher=" in b.current_url)
    persons = [
        td.text for td in browser.find_elements(By.CSS_SELECTOR, "#answer tbody td:first-child")
    ]
    assert persons and "Nguyễn Hữu Đông" in persons
    links = [
        a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#downloads a")
    ]
    assert [link.split("?")[0] for link in links] == [f"{site}/cypher.csv", f"{site}/cypher.json"]
    browser.save_screenshot(str(shots / "7-cypher.png"))

    box = browser.find_element(By.ID, "cypher")
    box.clear()
    box.send_keys("MATCH (n) DETACH DELETE n")
    browser.find_element(By.ID, "params").clear()
    browser.find_element(By.ID, "run").click()
    alert = browser.find_element(By.CSS_SELECTOR, "[role=alert]")
    assert "only reads" in alert.text
    browser.save_screenshot(str(shots / "8-cypher-refused.png"))
    browser.get(f"{site}/search?q=lo+minh")
    assert "Lò Minh Hùng" in browser.find_element(By.ID, "persons").text  # nothing deleted


def test_browser_meeting_document_organ_term_and_merger(
    site: str, browser: webdriver.Chrome, shots: Path
) -> None:
    """From a person to a meeting they chaired, its organ, a document it took up; a term's
    roster from a province, and the 2025 merger on a province's page."""
    browser.get(f"{site}/search?q=lang+son")
    browser.find_element(By.CSS_SELECTOR, "#provinces a").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Lạng Sơn"
    browser.find_element(By.LINK_TEXT, "Ban Thường vụ Tỉnh ủy").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Ban Thường vụ Tỉnh ủy · Lạng Sơn"
    browser.save_screenshot(str(shots / "8b-organ.png"))
    browser.find_element(By.CSS_SELECTOR, "#documents a.meeting").click()
    assert "kỳ chuyên đề" in browser.find_element(By.TAG_NAME, "h1").text
    browser.save_screenshot(str(shots / "9-meeting.png"))
    browser.find_element(By.CSS_SELECTOR, "#documents a.document").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Nghị quyết 101-NQ/TU"
    assert browser.find_elements(By.CSS_SELECTOR, "#meetings a.meeting")
    browser.save_screenshot(str(shots / "10-document.png"))

    browser.get(f"{site}/search?q=son+la")
    browser.find_element(By.CSS_SELECTOR, "#provinces a").click()
    browser.find_element(By.LINK_TEXT, "Đảng bộ tỉnh Sơn La khóa XV").click()
    holders = browser.find_element(By.ID, "holders").text
    assert "Lò Minh Hùng" in holders
    browser.save_screenshot(str(shots / "11-term.png"))

    browser.get(f"{site}/province/province:thái-nguyên")
    assert "Bắc Kạn" in browser.find_element(By.ID, "merger").text
    browser.save_screenshot(str(shots / "12-province-merger.png"))


def test_browser_english_toggle_and_back(site: str, browser: webdriver.Chrome, shots: Path) -> None:
    browser.get(f"{site}/post/post:phó-bí-thư-thường-trực-tỉnh-ủy@sơn-la")
    browser.find_element(By.ID, "language").click()
    WebDriverWait(browser, 10).until(lambda b: "lang=en" in b.current_url)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.TAG_NAME, "h2").text == "Holders, in succession"
    browser.save_screenshot(str(shots / "13-post-english.png"))
    browser.find_element(By.LINK_TEXT, "Sơn La").click()  # the choice is kept
    assert "Posts and holders, latest first" in browser.find_element(By.TAG_NAME, "main").text
    browser.find_element(By.ID, "language").click()
    WebDriverWait(browser, 10).until(lambda b: "lang=vi" in b.current_url)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
