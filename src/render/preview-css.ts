/**
 * The preview's stylesheet: our own CSS that imitates the Slack desktop client's light theme
 * (Lato, an aubergine sidebar, the message gutter, the thread pane). No web fonts are fetched:
 * Lato is used when installed, else the system's sans-serif.
 */
export const PREVIEW_CSS = `
:root {
  --text: #1d1c1d;
  --muted: #616061;
  --line: #dddddd;
  --soft-line: #ebeaeb;
  --link: #1264a3;
  --aubergine: #3f0e40;
  --aubergine-dark: #350d36;
  --active: #1164a3;
  --code-red: #e01e5a;
  --font: Lato, "Slack-Lato", "Helvetica Neue", Helvetica, "Segoe UI", Arial, sans-serif,
    "Apple Color Emoji", "Noto Color Emoji", "Segoe UI Emoji";
  --mono: Monaco, Menlo, Consolas, "DejaVu Sans Mono", "Courier New", monospace;
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font-family: var(--font); font-size: 15px; line-height: 1.46668; color: var(--text); background: #fff;
  -webkit-font-smoothing: antialiased; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }

.app { display: flex; flex-direction: column; height: 100vh; min-height: 480px; }
.topbar { height: 40px; flex: none; background: var(--aubergine-dark); display: flex; align-items: center;
  justify-content: center; }
.search { width: min(640px, 60%); height: 26px; border-radius: 6px; background: rgba(255,255,255,0.2);
  color: rgba(255,255,255,0.8); font-size: 13px; line-height: 26px; text-align: center; }
.workspace-body { flex: 1; display: flex; min-height: 0; }

.sidebar { width: 240px; flex: none; background: var(--aubergine); color: rgba(255,255,255,0.7);
  font-size: 15px; padding-bottom: 16px; overflow: hidden; }
.sidebar .workspace { color: #fff; font-weight: 900; font-size: 18px; padding: 12px 16px 12px;
  border-bottom: 1px solid rgba(255,255,255,0.13); margin-bottom: 12px; }
.sidebar .chevron { font-size: 14px; margin-left: 6px; opacity: 0.8; }
.sidebar-section { padding: 4px 16px; font-size: 15px; }
.sidebar-section::before { content: "▾"; display: inline-block; width: 20px; font-size: 12px; }
.sidebar ul { list-style: none; margin: 0 0 12px; padding: 0 8px; }
.sidebar li { height: 28px; line-height: 28px; padding: 0 10px 0 16px; border-radius: 6px; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; display: flex; align-items: center; }
.sidebar li.active { background: var(--active); color: #fff; font-weight: 700; }
.sidebar .icon { width: 20px; flex: none; display: inline-flex; justify-content: flex-start; opacity: 0.9; }
.sidebar .icon.mini .avatar { width: 16px; height: 16px; border-radius: 4px; }

.pane { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.channel-header { height: 49px; flex: none; display: flex; align-items: center; padding: 0 20px;
  border-bottom: 1px solid var(--line); }
.channel-name { font-weight: 900; font-size: 18px; }
.messages, .thread-messages { flex: 1; overflow-y: auto; padding: 8px 0 16px; }
.day-divider, .replies-divider { position: relative; text-align: center; margin: 8px 0 4px; }
.day-divider::before { content: ""; position: absolute; left: 0; right: 0; top: 50%; border-top: 1px solid var(--line); }
.day-divider span { position: relative; display: inline-block; padding: 0 16px; height: 28px; line-height: 26px;
  border: 1px solid var(--line); border-radius: 24px; background: #fff; font-size: 13px; font-weight: 700; }
.replies-divider { display: flex; align-items: center; padding: 0 20px; margin: 4px 0 8px; color: var(--muted);
  font-size: 13px; }
.replies-divider::after { content: ""; flex: 1; border-top: 1px solid var(--soft-line); margin-left: 10px; }
.composer { flex: none; margin: 0 20px 20px; border: 1px solid #bbbabb; border-radius: 8px; height: 82px;
  padding: 11px 12px; color: #868686; font-size: 15px; }

.message { display: flex; padding: 8px 20px; }
.gutter { width: 36px; flex: none; margin-right: 8px; padding-top: 4px; }
.avatar { display: block; width: 36px; height: 36px; border-radius: 6px; }
.content { flex: 1; min-width: 0; }
.byline { display: flex; align-items: baseline; line-height: 1.3; margin-bottom: 2px; }
.sender { font-weight: 900; font-size: 15px; }
.app-badge { margin: 0 6px 0 4px; padding: 1px 3px; border-radius: 2px; background: rgba(29,28,29,0.13);
  color: rgba(29,28,29,0.7); font-size: 10px; font-weight: 700; line-height: 1.25; position: relative;
  top: -1px; }
.time { color: var(--muted); font-size: 12px; }

.blocks { overflow-wrap: anywhere; }
.b-header { font-size: 18px; font-weight: 900; line-height: 1.33; margin: 4px 0 6px; }
.b-section { display: flex; gap: 12px; margin: 4px 0; }
.b-main { flex: 1; min-width: 0; }
.b-text, .b-field, .context-text { white-space: pre-wrap; }
.b-fields { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 16px; margin-top: 4px; }
.b-accessory { flex: none; }
.b-divider { border: 0; border-top: 1px solid var(--soft-line); margin: 10px 0; }
.b-context { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; color: var(--muted);
  font-size: 13px; line-height: 1.38; margin: 4px 0; }
.b-context .context-image { width: 20px; height: 20px; border-radius: 4px; }
.b-actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 4px; }
.b-image { margin: 6px 0; }
.b-image .block-image { max-width: 360px; max-height: 360px; border-radius: 8px; display: block; }
.image-title { color: var(--muted); font-size: 13px; margin-bottom: 4px; }
.accessory-image { width: 88px; height: 88px; border-radius: 6px; object-fit: cover; display: block; }
.missing { display: inline-block; background: var(--soft-line); }
.b-unsupported, .unsupported { color: var(--muted); font-style: italic; font-size: 13px; }

.button { display: inline-flex; align-items: center; height: 28px; padding: 0 12px; border-radius: 4px;
  border: 1px solid rgba(29,28,29,0.3); background: #fff; color: var(--text); font-size: 13px;
  font-weight: 700; white-space: nowrap; }
a.button:hover { text-decoration: none; background: #f8f8f8; }
.button.primary { background: #007a5a; border-color: #007a5a; color: #fff; }
.button.danger { background: #e01e5a; border-color: #e01e5a; color: #fff; }
.button.overflow { padding: 0 8px; font-size: 16px; }
.select { display: inline-flex; align-items: center; gap: 16px; height: 28px; padding: 0 10px;
  border: 1px solid rgba(29,28,29,0.3); border-radius: 4px; font-size: 13px; color: var(--muted); }
.caret { color: var(--text); font-size: 11px; }

b { font-weight: 700; }
code { font-family: var(--mono); font-size: 12px; color: var(--code-red); background: rgba(29,28,29,0.04);
  border: 1px solid rgba(29,28,29,0.13); border-radius: 3px; padding: 2px 3px 1px; }
.code-block { font-family: var(--mono); font-size: 12px; line-height: 1.5; white-space: pre-wrap;
  background: rgba(29,28,29,0.04); border: 1px solid rgba(29,28,29,0.13); border-radius: 4px;
  padding: 8px; margin: 4px 0; }
blockquote { margin: 4px 0; padding-left: 16px; border-left: 4px solid var(--line); }
.mention { border-radius: 3px; padding: 0 2px; }
.mention.channel, .mention.user { color: var(--link); background: rgba(29,155,209,0.1); }
.mention.broadcast { color: var(--text); background: rgba(242,199,68,0.4); }
.emoji { font-family: "Apple Color Emoji", "Noto Color Emoji", "Segoe UI Emoji", sans-serif; font-size: 1.1em;
  line-height: 1; }

.reply-bar { display: flex; align-items: center; gap: 8px; margin-top: 6px; padding: 4px 6px 4px 4px;
  border: 1px solid var(--soft-line); border-radius: 6px; width: max-content; max-width: 100%; font-size: 13px; }
.reply-avatars .avatar { width: 24px; height: 24px; border-radius: 4px; }
.reply-count { color: var(--link); font-weight: 700; }
.reply-last { color: var(--muted); }

.thread { width: 50%; max-width: 760px; flex: none; display: flex; flex-direction: column;
  border-left: 1px solid var(--line); }
.thread-header { height: 49px; flex: none; display: flex; align-items: baseline; gap: 8px; padding: 13px 20px 0;
  border-bottom: 1px solid var(--line); }
.thread-title { font-weight: 900; font-size: 18px; }
.thread-channel { color: var(--muted); font-size: 13px; }

.home .app-header { height: 49px; flex: none; display: flex; align-items: center; gap: 8px; padding: 0 20px; }
.home .app-avatar .avatar { width: 24px; height: 24px; border-radius: 4px; }
.home .app-title { font-weight: 900; font-size: 18px; }
.tabs { display: flex; gap: 20px; padding: 0 20px; border-bottom: 1px solid var(--line); flex: none; }
.tab { padding: 8px 2px 9px; font-size: 14px; color: var(--muted); font-weight: 700; }
.tab.active { color: var(--text); box-shadow: inset 0 -2px 0 #007a5a; }
.home-view { flex: 1; overflow-y: auto; padding: 12px 20px 20px; }
.home-view .blocks { max-width: 860px; }
@media (max-width: 960px) {
  .sidebar { display: none; }
  .thread { width: 55%; }
}
`;
