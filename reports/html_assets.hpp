#pragma once
// The fixed parts of the HTML report: head, stylesheet and a tiny print helper. Everything is
// inline and the page fetches nothing: the Content-Security-Policy below forbids it anyway.
#include <string_view>

namespace audit::html_assets {

// Up to (not including) the <title> text.
inline constexpr std::string_view k_head_start = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>)html";

inline constexpr std::string_view k_css = R"css(
:root {
  --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --page: #f7f7f4; --card: #ffffff;
  --link: #1c4f8a; --high: #a61b1b; --medium: #8a5300; --low: #1f5f8b; --review: #52606d;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--page); color: var(--ink);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 50rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
a { color: var(--link); }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .3rem 0 .6rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.08rem; line-height: 1.35; margin: 0 0 .7rem; }
h4 { font-size: .95rem; margin: 1rem 0 .4rem; color: var(--muted); }
.kicker, .meta { color: var(--muted); margin: 0; }
.note { background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .9rem; }
.counts { list-style: none; padding: 0; margin: .8rem 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.counts li { background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .25rem .6rem; }
.badge {
  display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .05em;
  text-transform: uppercase; padding: .05rem .45rem; margin-right: .45rem; border-radius: .25rem;
  border: 1px solid currentColor; vertical-align: .12em;
}
.sev-high { color: var(--high); } .sev-medium { color: var(--medium); }
.sev-low { color: var(--low); } .sev-review { color: var(--review); }
.fix-first li { margin: .3rem 0; }
.finding {
  background: var(--card); border: 1px solid var(--line); border-left: .35rem solid var(--review);
  border-radius: .4rem; padding: 1rem 1.1rem; margin: 1rem 0; color: var(--ink);
}
.finding.sev-high { border-left-color: var(--high); } .finding.sev-medium { border-left-color: var(--medium); }
.finding.sev-low { border-left-color: var(--low); }
blockquote { margin: .5rem 0; padding: .35rem .9rem; border-left: 3px solid var(--line); }
blockquote p { margin: .2rem 0; }
.cite { color: var(--muted); font-size: .9rem; }
.evidence { overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .6rem 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.signals { margin: .2rem 0 0; padding-left: 1.2rem; }
ol.steps { padding-left: 1.4rem; } ol.steps li { margin: .25rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { color: var(--muted); font-weight: 600; }
.num { text-align: right; }
details summary { cursor: pointer; color: var(--link); margin: .5rem 0; }
@media (max-width: 36rem) {
  main { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.4rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .4rem; }
}
@media print {
  body { background: #fff; color: #000; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .finding { break-inside: avoid; border-color: #888; }
  h2, h3 { break-after: avoid; }
  a { color: #000; }
  a.ext::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  details summary { color: #000; }
}
)css";

// Closed <details> would print empty, so open them all before printing.
inline constexpr std::string_view k_print_script =
    "window.addEventListener('beforeprint',function(){"
    "document.querySelectorAll('details').forEach(function(d){d.open=true;});});";

} // namespace audit::html_assets
