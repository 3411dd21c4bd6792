package dev.claimcheck.report;

/**
 * The HTML report's one style sheet and the Content-Security-Policy that allows exactly it (by
 * hash) and nothing else: no script, no image, no font, no frame, no form, no base URL.
 */
final class HtmlReportStyle {
  static final String CSS = """
      :root{--ink:#1f2328;--soft:#57606a;--line:#d8dee4;--bg:#f6f8fa;--paper:#fff;\
      --err:#b3261e;--err-bg:#fdecea;--err-hl:#f9cfcb;--warn:#9a5b00;--warn-bg:#fff4e0;--warn-hl:#ffe0a8;\
      --info:#0b57d0;--info-bg:#e8f0fe;--info-hl:#d3e3fd;--ok:#1a7f37;--ok-bg:#dafbe1}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
      a{color:var(--info)}
      code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      .top{display:flex;justify-content:space-between;align-items:baseline;gap:16px;padding:14px 32px;background:#24292f;color:#fff}
      .brand{font-weight:700;font-size:18px;letter-spacing:.2px}.brand span{font-weight:400;opacity:.7}
      .meta{opacity:.8;font-size:13px}
      main{max-width:1320px;margin:0 auto;padding:24px 32px 40px}
      .summary{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin-bottom:22px}
      .stats{display:flex;flex-wrap:wrap;gap:10px;align-items:stretch}
      .stat{min-width:92px;padding:8px 14px;border-radius:8px;background:var(--bg);display:flex;flex-direction:column}
      .stat .n{font-size:26px;font-weight:700;line-height:1.1}.stat .l{font-size:12px;text-transform:uppercase;letter-spacing:.6px;color:var(--soft)}
      .stat.v-reject .n,.stat.sev-error .n{color:var(--err)}.stat.v-revise .n,.stat.sev-warning .n{color:var(--warn)}
      .stat.v-pass .n{color:var(--ok)}.stat.sev-info .n{color:var(--info)}.stat.muted .n,.stat.v-unreadable .n{color:var(--soft)}
      .divider{width:1px;background:var(--line);margin:0 6px}
      .legend{margin:12px 0 0;color:var(--soft);font-size:13px}
      .key{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;font-weight:600}
      .key.sev-error{background:var(--err-hl);color:var(--err)}.key.sev-warning{background:var(--warn-hl);color:var(--warn)}.key.sev-info{background:var(--info-hl);color:var(--info)}
      .index{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:14px 22px;margin-bottom:22px}
      .index h2{font-size:16px;margin:0 0 8px}
      table{border-collapse:collapse;width:100%}
      th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;font-size:14px}
      th{font-size:12px;text-transform:uppercase;letter-spacing:.5px;color:var(--soft)}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;width:90px}
      td.zero{color:#aab2bb}td.c-error{color:var(--err);font-weight:700}td.c-warning{color:var(--warn);font-weight:700}td.c-info{color:var(--info)}
      .file-col{word-break:break-all}
      .verdict{display:inline-block;padding:2px 10px;border-radius:999px;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.6px;vertical-align:middle}
      .v-reject{background:var(--err-bg);color:var(--err)}.v-revise{background:var(--warn-bg);color:var(--warn)}
      .v-pass{background:var(--ok-bg);color:var(--ok)}.v-unreadable{background:#eaeef2;color:var(--soft)}
      .file{background:var(--paper);border:1px solid var(--line);border-radius:10px;margin-bottom:26px;overflow:hidden}
      .file-head{padding:14px 22px;border-bottom:1px solid var(--line);background:#fbfcfd}
      .file-head h2{margin:0;font-size:18px;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
      .path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:15px;word-break:break-all}
      .file-stats{margin:4px 0 0;color:var(--soft);font-size:13px}
      .file-error{margin:0;padding:16px 22px;color:var(--err)}
      .doc{padding:8px 0}
      .row{display:grid;grid-template-columns:minmax(0,1fr) minmax(380px,46%);gap:28px;padding:2px 22px}
      .row.has-notes{padding-top:6px;padding-bottom:6px}.row.cont{padding-top:0}.blk.part{margin-top:0}
      .text{max-width:72ch}
      .blk{margin:6px 0}
      h3.blk{font-size:19px;line-height:1.3;margin-top:14px}
      div.blk-list_item{display:flex;gap:8px;padding-left:8px}.bullet{color:var(--soft)}
      blockquote.blk{border-left:4px solid var(--line);padding:2px 0 2px 14px;color:#3d444d;margin-left:0}
      .outside{color:var(--soft);font-style:italic;font-size:13px}
      mark.hl{color:inherit;border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
      mark.sev-error{background:var(--err-hl);box-shadow:inset 0 -2px var(--err)}
      mark.sev-warning{background:var(--warn-hl);box-shadow:inset 0 -2px var(--warn)}
      mark.sev-info{background:var(--info-hl);box-shadow:inset 0 -2px var(--info)}
      a.ref{display:inline-block;min-width:18px;height:18px;margin-left:2px;padding:0 4px;border-radius:9px;font-size:11px;font-weight:700;line-height:18px;text-align:center;color:#fff;text-decoration:none;vertical-align:super}
      .sev-error.ref,.num.sev-error{background:var(--err)}.sev-warning.ref,.num.sev-warning{background:var(--warn)}.sev-info.ref,.num.sev-info{background:var(--info)}
      .notes{display:flex;flex-direction:column;gap:10px}
      .card{border:1px solid var(--line);border-left:4px solid var(--soft);border-radius:8px;padding:10px 12px;background:var(--paper);font-size:13.5px;box-shadow:0 1px 2px rgba(31,35,40,.06)}
      .card.sev-error{border-left-color:var(--err)}.card.sev-warning{border-left-color:var(--warn)}.card.sev-info{border-left-color:var(--info)}
      .card-top{display:flex;align-items:center;gap:8px;flex-wrap:wrap;margin-bottom:4px}
      .card-top .num{display:inline-block;min-width:20px;height:20px;border-radius:10px;color:#fff;text-align:center;font-size:11px;font-weight:700;line-height:20px;text-decoration:none;padding:0 5px}
      .sev-label{font-weight:700;text-transform:uppercase;font-size:11px;letter-spacing:.6px}
      .card.sev-error .sev-label{color:var(--err)}.card.sev-warning .sev-label{color:var(--warn)}.card.sev-info .sev-label{color:var(--info)}
      .rule{color:var(--soft)}.loc{margin-left:auto;color:var(--soft);font-size:12px}
      .msg{margin:4px 0}
      .claim-head{display:flex;align-items:center;gap:8px;margin-top:2px}
      .rating{display:inline-block;padding:1px 8px;border-radius:4px;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.5px}
      .r-unsupported{background:var(--err-bg);color:var(--err)}.r-contested{background:var(--warn-bg);color:var(--warn)}.r-supported{background:var(--ok-bg);color:var(--ok)}
      .claim-id{color:var(--soft);font-size:11px;word-break:break-all}
      .claim-text{margin:6px 0 2px;font-weight:600}
      .verdict-text{margin:2px 0 6px;color:#3d444d}
      .terms{margin:4px 0;color:var(--soft);font-size:12px}
      .term{display:inline-block;margin:0 0 2px 4px;padding:0 6px;border-radius:4px;background:var(--bg);border:1px solid var(--line);color:var(--ink)}
      .sources{margin:4px 0 0;padding-left:18px;font-size:12px;line-height:1.4}.sources li{margin:2px 0}
      .more summary{cursor:pointer;color:var(--soft);font-size:12px;margin:2px 0}.more[open] summary{margin-bottom:4px}
      .detail{margin-top:8px;padding:8px 10px;border-radius:6px;background:var(--bg)}
      .detail h4{margin:0 0 4px;font-size:12px;text-transform:uppercase;letter-spacing:.5px;color:var(--soft)}
      .detail-text{margin:2px 0 4px;font-style:italic}.sum{margin:2px 0 6px;font-weight:700;font-variant-numeric:tabular-nums}
      .detail dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}.detail dt{color:var(--soft)}.detail dd{margin:0;font-variant-numeric:tabular-nums}
      .foot{max-width:1320px;margin:0 auto;padding:0 32px 32px;color:var(--soft);font-size:12px}
      @media (max-width:900px){.row{grid-template-columns:1fr}.top,main{padding-left:16px;padding-right:16px}}
      @media print{body{background:#fff}.top{background:#fff;color:var(--ink)}.file{break-inside:avoid-page}}
      """.strip(); // not a compile-time constant: classes that read it never hold a stale copy

  /** Everything off except the style sheet above, allowed by its hash rather than 'unsafe-inline'. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src " + HtmlReportWriter.cspHash(CSS)
      + "; img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
      + "base-uri 'none'; form-action 'none'";

  private HtmlReportStyle() {}
}
