"""The reports in a real browser (headless Chromium): what a reviewer sees, nothing fetched, nothing injected runs."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect, sync_playwright

from flows.plan_review import plan_id
from tests.review_samples import PLANTED_IMG, PLANTED_SCRIPT, reviewed_batch

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run"]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    return reviewed_batch(tmp_path_factory.mktemp("browser"))[1]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=CHROMIUM, headless=True, args=FLAGS
        )
        yield context
        context.close()


@pytest.fixture
def page(browser):
    """A page that records every request and dialog it makes."""
    page = browser.new_page()
    page.requests, page.dialogs = [], []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    assert page.requests and all(url.startswith("file://") for url in page.requests), page.requests
    assert page.dialogs == []
    page.close()


def test_index_lists_plans_filters_and_sorts(out_dir, page):
    page.goto((out_dir / "index.html").as_uri())
    rows = page.locator("#plans tbody tr")
    expect(rows).to_have_count(5)
    expect(page.locator("#counts")).to_contain_text("共 5 份")
    expect(page.locator("#failed")).to_contain_text("unsupported_format")
    expect(page.locator("#batch-checks")).to_contain_text("batch.duplicate")
    page.select_option("#filter-district", "余杭区")
    expect(page.locator("#plans tbody tr:visible")).to_have_count(1)
    expect(page.locator("#plans tbody tr:visible")).to_contain_text("浙江省智能计算创新联合体")
    page.select_option("#filter-district", "")
    page.select_option("#filter-verdict", "读取失败")
    expect(page.locator("#plans tbody tr:visible")).to_have_count(2)
    page.select_option("#filter-verdict", "")
    page.locator("#plans th", has_text="区县").click()
    page.locator("#plans th", has_text="区县").click()  # descending: a district row comes first
    expect(rows.first.locator("td").nth(1)).not_to_have_text("")
    page.locator("#plans a").first.click()
    expect(page.locator("#verdict")).to_be_visible()


def test_report_shows_verdict_check_and_quote_in_context(out_dir, page):
    page.goto((out_dir / "submissions" / plan_id("余杭区/智算联合体实施方案.docx") / "report.html").as_uri())
    expect(page.locator("#verdict")).to_have_text("通过")
    row = page.locator("#passed #check-members\\.min_count")  # a pass: one compact row, its quotes folded
    expect(row).to_be_visible()
    expect(row).to_contain_text("成员单位")
    quote = row.locator("blockquote.evidence").first
    expect(quote).to_be_hidden()
    row.locator("details.basis > summary").click()
    expect(quote).to_be_visible()
    expect(quote).to_contain_text("第")
    expect(quote.locator("mark")).not_to_have_count(0)
    context = row.locator("details.context").first
    expect(context.locator("p.quoted")).to_be_hidden()
    context.locator("summary").click()
    expect(context.locator("p.quoted")).to_be_visible()


def test_planted_markup_is_shown_as_text_and_never_runs(out_dir, page):
    page.goto((out_dir / "submissions" / plan_id("滨江区/视觉联合体.docx") / "report.html").as_uri())
    members = page.locator("table.members")
    expect(members.get_by_text(PLANTED_SCRIPT, exact=True)).to_be_visible()
    expect(members.get_by_text(re.sub(r"\s", "", PLANTED_IMG), exact=True)).to_be_visible()  # names lose spaces
    page.locator("#check-members\\.min_count details.basis > summary").click()
    context = page.locator("#check-members\\.min_count details.context", has_text="onerror").first
    context.locator("summary").click()
    expect(context.locator("p.quoted")).to_contain_text(PLANTED_IMG)  # the plan's own text, spaces and all
    assert page.locator("img").count() == 0
    assert page.evaluate("window.__planted") is None
    page.goto((out_dir / "index.html").as_uri())
    assert page.locator("img").count() == 0
    assert page.evaluate("window.__planted") is None
