// Linimasa's one page: article list and full-text search over the JSON API.
// Every value from the store goes into the page through textContent, never innerHTML:
// article text is scraped and may contain markup.
"use strict";

const PAGE_SIZE = 25;
const state = { offset: 0, total: 0 };

function $(id) { return document.getElementById(id); }

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const data = await response.json();
  if (!response.ok) {
    const detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
    throw new Error(response.status + " " + detail);
  }
  return data;
}

function articleLink(item) {
  const link = element("a", item.title || "(no title)");
  link.href = "/articles/" + encodeURIComponent(item.id);
  return link;
}

// FTS5 snippets mark matches as [word]: show them as <mark> without parsing HTML.
function snippetNode(snippet) {
  const node = element("p", null, "snippet");
  const parts = String(snippet || "").split(/(\[[^\[\]]*\])/);
  for (const part of parts) {
    if (part.length > 2 && part.startsWith("[") && part.endsWith("]")) {
      node.appendChild(element("mark", part.slice(1, -1)));
    } else if (part) {
      node.appendChild(document.createTextNode(part));
    }
  }
  return node;
}

function showResults(items) {
  const list = $("results");
  list.replaceChildren();
  for (const item of items) {
    const row = element("li");
    row.appendChild(articleLink(item));
    row.appendChild(element("span", " " + (item.outlet || "unknown outlet") + " · " + (item.published || "undated"), "meta"));
    if (item.snippet) row.appendChild(snippetNode(item.snippet));
    list.appendChild(row);
  }
}

function filters() {
  const params = new URLSearchParams();
  const outlet = $("outlet").value;
  if (outlet) params.set("outlet", outlet);
  if ($("from").value) params.set("from", $("from").value);
  if ($("to").value) params.set("to", $("to").value);
  return params;
}

async function loadList() {
  const params = filters();
  params.set("limit", PAGE_SIZE);
  params.set("offset", state.offset);
  const data = await getJSON("/api/articles?" + params);
  state.total = data.total;
  showResults(data.articles);
  const last = Math.min(state.offset + data.articles.length, data.total);
  $("status").textContent = data.total ? `articles ${state.offset + 1}–${last} of ${data.total}` : "no articles";
  $("prev").disabled = state.offset === 0;
  $("next").disabled = state.offset + PAGE_SIZE >= data.total;
}

async function runSearch(query) {
  const data = await getJSON("/api/search?" + new URLSearchParams({ q: query, limit: 100 }));
  showResults(data.results);
  $("status").textContent = `${data.results.length} result(s) for “${query}”`;
  $("prev").disabled = true;
  $("next").disabled = true;
}

async function refresh() {
  const query = $("q").value.trim();
  try {
    if (query) await runSearch(query);
    else await loadList();
  } catch (error) {
    $("status").textContent = "Error: " + error.message;
  }
}

async function loadOutlets() {
  const stats = await getJSON("/api/stats");
  const select = $("outlet");
  for (const row of stats.outlets) {
    if (!row.outlet) continue;
    const option = element("option", `${row.outlet} (${row.articles})`);
    option.value = row.outlet;
    select.appendChild(option);
  }
}

// Stories come from the timeline builder; the section stays hidden when it is not installed (501).
async function loadStories() {
  const response = await fetch("/api/stories");
  if (!response.ok) return;
  const data = await response.json();
  const list = $("story-list");
  for (const story of data.stories) {
    const row = element("li");
    const link = element("a", story.label || story.id);
    link.href = "/timeline?" + new URLSearchParams({ story: story.id });
    row.appendChild(link);
    row.appendChild(element("span", ` ${story.start || "?"} – ${story.end || "?"} · ${story.articles.length} article(s)`, "meta"));
    list.appendChild(row);
  }
  $("stories").hidden = data.stories.length === 0;
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", (event) => {
    event.preventDefault();
    state.offset = 0;
    refresh();
  });
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); refresh(); });
  $("next").addEventListener("click", () => { state.offset += PAGE_SIZE; refresh(); });
  loadOutlets().catch((error) => { $("status").textContent = "Error: " + error.message; });
  refresh();
  loadStories().catch(() => {});
});
