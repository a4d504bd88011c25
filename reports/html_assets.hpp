#pragma once
// The fixed parts of the HTML report: head and stylesheet (the script is in html_script.hpp).
// Everything is inline and the page fetches nothing; the writer's Content-Security-Policy allows
// exactly this stylesheet and script (by SHA-256) and nothing else.
#include <string_view>

namespace audit::html_assets {

// Up to (not including) the Content-Security-Policy's value, which the writer computes.
inline constexpr std::string_view k_head_start = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content=")html";

// After the policy's value, up to (not including) the <title> text.
inline constexpr std::string_view k_head_title = R"html(">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<meta name="color-scheme" content="light">
<title>)html";

// Colours are chosen for at least 4.5:1 contrast on the page and card backgrounds; severity is
// always written as a word too, never shown by colour alone.
inline constexpr std::string_view k_css = R"css(
:root {
  --ink: #1f2933; --muted: #4f5b67; --line: #c9d3dd; --page: #f7f7f4; --card: #ffffff;
  --link: #1c4f8a; --high: #a61b1b; --medium: #8a5300; --low: #1f5f8b; --review: #4f5b67;
  --focus: #1c4f8a; --dot: #d6e4f2;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
@media screen { html.large { font-size: 150%; } }
body {
  margin: 0; background: var(--page); color: var(--ink);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
@media screen { html.large main { max-width: 72rem; } }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .4rem .8rem; z-index: 2; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .3rem 0 .6rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.08rem; line-height: 1.35; margin: 0 0 .5rem; }
h4 { font-size: .95rem; margin: 1rem 0 .4rem; color: var(--muted); }
.kicker, .meta { color: var(--muted); margin: 0; }
.lead { font-size: 1.1rem; font-weight: 600; margin: .2rem 0 .6rem; }
.note, .banner { background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .9rem; }
.banner { border: 2px solid var(--ink); font-weight: 600; }
.counts { list-style: none; padding: 0; margin: .8rem 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.counts li { background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .25rem .6rem; }
.badge {
  display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .05em;
  text-transform: uppercase; padding: .05rem .45rem; margin-right: .45rem; border-radius: .25rem;
  border: 1px solid currentColor; vertical-align: .12em; background: var(--card);
}
.sev-high { color: var(--high); } .sev-medium { color: var(--medium); }
.sev-low { color: var(--low); } .sev-review { color: var(--review); }
nav.contents ul { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; list-style: none; }
.fix-first li { margin: .3rem 0; }
.tools { display: flex; flex-wrap: wrap; gap: .5rem; max-width: 52rem; margin: 1rem auto 0; padding: 0 1rem; }
@media screen { html.large .tools { max-width: 72rem; } }
button, select {
  font: inherit; color: var(--ink); background: var(--card); border: 1px solid var(--muted);
  border-radius: .3rem; padding: .3rem .7rem; min-height: 2.4rem;
}
button { cursor: pointer; }
button[aria-pressed="true"] { background: var(--ink); color: var(--card); }
button[aria-pressed="true"]::before { content: "\2713  "; }
form.filters { background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .7rem .9rem; }
form.filters fieldset { border: 0; margin: 0; padding: 0; min-width: 0; display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; }
form.filters legend { font-weight: 700; padding: 0; margin-bottom: .4rem; }
form.filters label { display: flex; flex-direction: column; font-size: .9rem; color: var(--muted); max-width: 100%; }
form.filters select { max-width: 100%; }
form.filters label.inline { flex-direction: row; align-items: center; gap: .4rem; min-height: 2.4rem; }
.filter-status { margin: .6rem 0 0; }
.finding {
  background: var(--card); border: 1px solid var(--line); border-left: .35rem solid var(--review);
  border-radius: .4rem; padding: 1rem 1.1rem; margin: 1rem 0; color: var(--ink);
  overflow-wrap: anywhere; /* long addresses in steps and evidence must not widen the page */
}
.finding:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.finding.sev-high { border-left-color: var(--high); } .finding.sev-medium { border-left-color: var(--medium); }
.finding.sev-low { border-left-color: var(--low); }
.finding.is-done { background: #eef3ee; }
.finding.is-done h3::after { content: " \2014  done"; color: var(--muted); font-weight: 400; }
.done { margin: 0 0 .6rem; display: flex; align-items: center; gap: .5rem; }
.done input { width: 1.3rem; height: 1.3rem; margin: 0; }
blockquote { margin: .5rem 0; padding: .35rem .9rem; border-left: 3px solid var(--line); }
blockquote p { margin: .2rem 0; }
.cite, .hint { color: var(--muted); font-size: .9rem; }
.evidence { overflow-wrap: anywhere; }
img.thumb { display: block; max-width: 160px; height: auto; margin: .2rem 0 .3rem; border: 1px solid var(--line); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .6rem 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.signals { margin: .2rem 0 0; padding-left: 1.2rem; }
ol.steps { padding-left: 1.4rem; } ol.steps li { margin: .25rem 0; }
.accepted li, .fixed li { margin: .3rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .4rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { color: var(--muted); font-weight: 600; }
.num { text-align: right; }
details summary { cursor: pointer; color: var(--link); margin: .5rem 0; }
.tl-wrap { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .6rem; }
svg.timeline { display: block; max-width: 100%; height: auto; }
.tl-grid { stroke: var(--line); stroke-width: 1; }
.tl-dot { fill: var(--dot); stroke: var(--low); stroke-width: 1.5; }
.tl-n { fill: var(--ink); font-size: 15px; font-weight: 700; }
.tl-label, .tl-year { fill: var(--ink); font-size: 15px; }
table.kinds { width: auto; min-width: 16rem; }
.pager {
  position: fixed; left: 0; right: 0; bottom: 0; background: var(--ink); color: var(--card);
  display: flex; justify-content: center; align-items: center; gap: 1rem; padding: .5rem;
}
.pager p { margin: 0; }
@media screen {
  /* One finding at a time: only the current card, for a projector. */
  body.single main > :not(#findings) { display: none; }
  body.single #findings > :not(.platform), body.single .platform > h2 { display: none; }
  body.single article.finding:not(.is-current) { display: none; }
  body.single article.finding { font-size: 1.15rem; margin-bottom: 5rem; }
}
@media (max-width: 36rem) {
  main { padding: 1rem .75rem 4rem; }
  h1 { font-size: 1.4rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .4rem; }
}
@media print {
  body { background: #fff; color: #000; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .tools, form.filters, .filter-status, .pager, .skip, nav.contents { display: none !important; }
  article.finding[hidden], section.platform[hidden] { display: block !important; }
  .finding { break-inside: avoid; border-color: #888; }
  h2, h3 { break-after: avoid; }
  a { color: #000; }
  a.ext::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  details summary { color: #000; }
  .table-wrap, .tl-wrap { overflow: visible; }
  table { table-layout: fixed; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
)css";

} // namespace audit::html_assets
