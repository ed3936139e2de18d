/* Diplomatic event timeline widget.
   <script src="https://HOST/static/embed/embed.min.js" data-timeline="SLUG" async></script>
   (embed.min.js is this file minified by scripts/build_widget.py.)
   Renders in place inside a Shadow DOM. No framework, no build step. Every string that comes
   from the API is set with textContent (articles and editors wrote it, not us). */
(function () {
  "use strict";
  var doc = document;
  var TYPES = "statement call_for_talks intent_to_negotiate proposal support meeting phone_call agreement rejection criticism demand threat sanction".split(" ");
  // Per language: UI labels ; type labels (TYPES order) ; date patterns. "|"-separated.
  var I18N = {
    en: "Load more|Type|Actor|Clear filters|Sources|Link to this event|Loading…|No events match these filters.|Could not load the timeline.|Try again|{n} events shown|Filters" +
      ";Statement|Call for talks|Intent to negotiate|Proposal|Support|Meeting|Phone call|Agreement|Rejection|Criticism|Demand|Threat|Sanction" +
      ";early {}|mid-{}|late {}|around {}|before {}|after {}|week of {}|the {}s|Q{q} {y}|spring {y}|summer {y}|autumn {y}|winter {y}",
    fr: "Voir plus|Type|Acteur|Effacer les filtres|Sources|Lien vers cet événement|Chargement…|Aucun événement ne correspond.|Impossible de charger la chronologie.|Réessayer|{n} événements affichés|Filtres" +
      ";Déclaration|Appel au dialogue|Intention de négocier|Proposition|Soutien|Rencontre|Appel téléphonique|Accord|Rejet|Critique|Exigence|Menace|Sanction" +
      ";début {}|mi-{}|fin {}|vers {}|avant {}|après {}|semaine du {}|années {}|T{q} {y}|printemps {y}|été {y}|automne {y}|hiver {y}",
    de: "Mehr laden|Typ|Akteur|Filter zurücksetzen|Quellen|Link zu diesem Ereignis|Wird geladen…|Keine passenden Ereignisse.|Die Zeitleiste konnte nicht geladen werden.|Erneut versuchen|{n} Ereignisse angezeigt|Filter" +
      ";Erklärung|Aufruf zu Gesprächen|Verhandlungsbereitschaft|Vorschlag|Unterstützung|Treffen|Telefonat|Abkommen|Ablehnung|Kritik|Forderung|Drohung|Sanktion" +
      ";Anfang {}|Mitte {}|Ende {}|um {}|vor {}|nach {}|Woche vom {}|{}er-Jahre|Q{q} {y}|Frühjahr {y}|Sommer {y}|Herbst {y}|Winter {y}",
    ru: "Показать ещё|Тип|Участник|Сбросить фильтры|Источники|Ссылка на событие|Загрузка…|Нет подходящих событий.|Не удалось загрузить хронологию.|Повторить|Показано событий: {n}|Фильтры" +
      ";Заявление|Призыв к переговорам|Готовность к переговорам|Предложение|Поддержка|Встреча|Телефонный разговор|Соглашение|Отказ|Критика|Требование|Угроза|Санкции" +
      ";начало {}|середина {}|конец {}|около {}|до {}|после {}|неделя с {}|{}-е годы|{q}-й квартал {y}|весна {y}|лето {y}|осень {y}|зима {y}",
    uk: "Показати ще|Тип|Учасник|Скинути фільтри|Джерела|Посилання на подію|Завантаження…|Немає подій за цими фільтрами.|Не вдалося завантажити хронологію.|Спробувати ще|Показано подій: {n}|Фільтри" +
      ";Заява|Заклик до переговорів|Готовність до переговорів|Пропозиція|Підтримка|Зустріч|Телефонна розмова|Угода|Відмова|Критика|Вимога|Погроза|Санкції" +
      ";початок {}|середина {}|кінець {}|близько {}|до {}|після {}|тиждень з {}|{}-ті роки|{q}-й квартал {y}|весна {y}|літо {y}|осінь {y}|зима {y}",
    it: "Carica altri|Tipo|Attore|Azzera i filtri|Fonti|Link a questo evento|Caricamento…|Nessun evento corrisponde.|Impossibile caricare la cronologia.|Riprova|{n} eventi mostrati|Filtri" +
      ";Dichiarazione|Invito al dialogo|Intenzione di negoziare|Proposta|Sostegno|Incontro|Telefonata|Accordo|Rifiuto|Critica|Richiesta|Minaccia|Sanzione" +
      ";inizio {}|metà {}|fine {}|verso {}|prima di {}|dopo {}|settimana del {}|anni {}|{q}º trimestre {y}|primavera {y}|estate {y}|autunno {y}|inverno {y}",
    es: "Cargar más|Tipo|Actor|Quitar filtros|Fuentes|Enlace a este evento|Cargando…|Ningún evento coincide.|No se pudo cargar la cronología.|Reintentar|{n} eventos mostrados|Filtros" +
      ";Declaración|Llamado al diálogo|Intención de negociar|Propuesta|Apoyo|Reunión|Llamada telefónica|Acuerdo|Rechazo|Crítica|Exigencia|Amenaza|Sanción" +
      ";principios de {}|mediados de {}|finales de {}|hacia {}|antes de {}|después de {}|semana del {}|años {}|{q}.º trimestre {y}|primavera {y}|verano {y}|otoño {y}|invierno {y}"
  };
  var MODS = { START: 0, MID: 1, END: 2, APPROX: 3, BEFORE: 4, ON_OR_BEFORE: 4, AFTER: 5, ON_OR_AFTER: 5 };
  var SEASONS = { SP: 9, SU: 10, FA: 11, AU: 11, WI: 12 };
  var RTL = /^(ar|he|fa|ur|ps|sd|yi|dv|ckb|ug)$/;
  // Public data only: an editor's session cookie (same-origin pages) must not unlock drafts.
  var NOAUTH = { credentials: "omit" };

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  // Article text keeps its own direction inside an RTL page (and vice versa).
  function txt(tag, cls, text) { var e = el(tag, cls, text); e.dir = "auto"; return e; }
  function fill(s, n) { return s.replace("{}", n); }
  function safeHref(u) {  // only http(s) links, never javascript: or data:
    try { var p = new URL(u, location.href); return /^https?:$/.test(p.protocol) ? p.href : null; }
    catch (e) { return null; }
  }
  // Type colours live in embed.css as .t-<type> classes (shared with the server page).
  function tcls(type) { return TYPES.indexOf(type) < 0 ? "" : "t-" + type; }
  function day(s) { return s ? new Date(s + "T00:00:00Z") : null; }

  function Widget(script) {
    var ds = script.dataset, self = this;
    var lang = ds.lang || (script.closest("[lang]") || {}).lang || navigator.language || "en";
    try { new Intl.DateTimeFormat(lang); } catch (e) { lang = "en"; }
    var base = lang.toLowerCase().split("-")[0];
    var t = (I18N[base] || I18N.en).split(";");
    this.ui = t[0].split("|");
    this.types = t[1].split("|");
    this.dates = t[2].split("|");
    this.genitive = base === "ru" || base === "uk";
    this.lang = lang;
    var f = function (o) { o.timeZone = "UTC"; return new Intl.DateTimeFormat(lang, o); };
    this.fDay = f({ day: "numeric", month: "long", year: "numeric" });
    this.fMonth = f({ month: "long", year: "numeric" });
    this.fYear = f({ year: "numeric" });
    this.fShort = f({ day: "numeric", month: "short", year: "numeric" });
    this.origin = new URL(script.src, location.href).origin;
    this.slug = ds.timeline;
    this.pageSize = +ds.pageSize || 50;
    this.fixed = { type: ds.type, actor: ds.actor, country: ds.country, date_after: ds.from, date_before: ds.to };
    this.sel = { type: [], actor: [] };
    this.chips = { type: {}, actor: {} };
    this.evs = [];
    this.count = 0;
    this.group = ds.group;  // "month" | "year"; else chosen from the span of the first page

    var host = el("div", "diplo-timeline");
    script.parentNode.insertBefore(host, script);
    this.host = host;
    var sr = this.sr = host.attachShadow({ mode: "open" });
    // Hidden until embed.css (which un-hides :host) arrives, so no unstyled flash.
    var hide = el("style", null, ":host{visibility:hidden}");
    var link = el("link");
    link.rel = "stylesheet";
    // embed.min.js loads embed.min.css, embed.js (the source) loads embed.css.
    link.href = new URL(/\.min\.js/.test(script.src) ? "embed.min.css" : "embed.css", script.src).href;
    link.onerror = function () { hide.remove(); };
    sr.append(hide, link);

    var root = this.root = el("div", "tl");
    root.dir = RTL.test(base) ? "rtl" : "ltr";
    root.lang = lang;
    root.dataset.theme = ds.theme || "auto";
    if (ds.height) { root.style.maxHeight = /^\d+$/.test(ds.height) ? ds.height + "px" : ds.height; root.classList.add("scroll"); }
    var head = el("header", "hd");
    this.title = el("h2", "ti", this.slug);
    this.filters = el("div", "fl");
    this.filters.setAttribute("role", "group");
    this.filters.setAttribute("aria-label", this.ui[11]);
    head.append(this.title, this.filters);
    this.list = el("ol", "gr");
    this.status = el("p", "st", this.ui[6]);
    this.status.setAttribute("role", "status");
    this.more = el("button", "more", this.ui[0]);
    this.more.type = "button";
    this.more.hidden = true;
    this.more.onclick = function () { self.load(true); };
    root.append(head, this.list, this.status, this.more);
    sr.append(root);

    this.list.addEventListener("keydown", function (e) { self.key(e); });
    this.list.addEventListener("focusin", function (e) { self.rove(e.target.closest(".ev")); });
    addEventListener("hashchange", function () { self.seek(); });

    fetch(this.origin + "/api/v1/timelines/" + encodeURIComponent(this.slug) + "/", NOAUTH)
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (m) { if (m && m.title) { self.title.textContent = m.title; self.title.dir = "auto"; } }, function () {});
    this.load(false);
  }

  var P = Widget.prototype;

  P.url = function () {
    var q = new URLSearchParams(), k, fx = this.fixed, sel = this.sel;
    q.set("page_size", this.pageSize);
    for (k in fx) if (fx[k]) fx[k].split(",").forEach(function (v) { if (v.trim()) q.append(k, v.trim()); });
    ["type", "actor"].forEach(function (k) {
      if (sel[k].length) { q.delete(k); sel[k].forEach(function (v) { q.append(k, v); }); }
    });
    return this.origin + "/api/v1/timelines/" + encodeURIComponent(this.slug) + "/events/?" + q;
  };

  P.load = function (more) {
    var self = this, url = more ? this.next : this.url(), token = this.token = {};
    this.more.disabled = true;
    this.status.textContent = this.ui[6];
    this.root.setAttribute("aria-busy", "true");
    return fetch(url, NOAUTH).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (data) {
      if (token !== self.token) return;  // a newer filter click won
      // Follow "next" only on the API's own origin.
      self.next = data.next && new URL(data.next).origin === self.origin ? data.next : null;
      // A new query replaces the list only once its answer is in: no empty flash meanwhile.
      if (!more) { self.list.textContent = ""; self.evs = []; self.last = self.cur = null; }
      var first = self.render(data.results || [], more);
      self.done();
      if (more && first) self.rove(first, true);
      return self.seek(true);
    }).catch(function () {
      if (token !== self.token) return;
      self.root.removeAttribute("aria-busy");
      self.status.textContent = self.ui[8] + " ";
      var retry = el("button", "more", self.ui[9]);
      retry.type = "button";
      retry.onclick = function () { self.load(more); };
      self.status.append(retry);
      self.more.hidden = true;
    });
  };

  P.done = function () {
    this.root.removeAttribute("aria-busy");
    this.status.textContent = this.count ? fill(this.ui[10].replace("{n}", "{}"), this.count) : this.ui[7];
    this.more.hidden = !this.next;
    this.more.disabled = false;
    this.host.dispatchEvent(new CustomEvent("timeline:rendered", { bubbles: true, composed: true, detail: { events: this.count } }));
  };

  P.render = function (events, more) {
    var self = this, frag = doc.createDocumentFragment(), first = null, grp = this.last;
    if (!this.group && events.length) {
      var a = day(events[0].date.start), b = day(events[events.length - 1].date.start);
      this.group = b - a > 3 * 365 * 864e5 ? "year" : "month";
    }
    var yearly = this.group === "year";
    events.forEach(function (ev) {
      if (!ev || !ev.date || !ev.date.start) return;
      var key = ev.date.start.slice(0, yearly ? 4 : 7);
      if (!grp || grp.key !== key) {
        var li = el("li", "g"), d = day(key + (yearly ? "-01-01" : "-01"));
        li.append(el("h3", "gh", (yearly ? self.fYear : self.fMonth).format(d)));
        grp = { key: key, ol: el("ol", "evs") };
        li.append(grp.ol);
        frag.append(li);
      }
      var item = self.item(ev);
      grp.ol.append(item);
      self.evs.push(item);
      self.chip("type", ev.type, self.typeLabel(ev));
      if (ev.actor) self.chip("actor", ev.actor.slug || String(ev.actor.id), ev.actor.name);
      first = first || item;
    });
    this.last = grp;
    this.list.append(frag);
    this.count = this.evs.length;
    if (!more && this.evs[0]) (this.cur = this.evs[0]).tabIndex = 0;
    return first;
  };

  P.typeLabel = function (ev) {
    var i = TYPES.indexOf(ev.type);
    return i < 0 ? ev.type_label || ev.type : this.types[i];
  };

  P.item = function (ev) {
    var d = ev.date;
    var point = d.start === d.end && !d.mod;
    var li = el("li", "ev " + (point ? "pt " : "sp ") + tcls(ev.type));
    li.id = "event-" + ev.id;
    li.tabIndex = -1;
    li.append(el("span", "mk"));
    li.firstChild.setAttribute("aria-hidden", "true");
    var body = el("div", "bd"), meta = el("p", "mt");
    var time = el("time", "dt", this.when(d));
    time.dateTime = d.precision === "month" ? d.start.slice(0, 7) : d.precision === "year" ? d.start.slice(0, 4) : d.start;
    meta.append(time);
    if (!point && d.end && d.end !== d.start) {
      var rng = el("span", "rg");
      try { rng.textContent = this.fShort.formatRange(day(d.start), day(d.end)); } catch (e) { rng.textContent = d.start + " – " + d.end; }
      meta.append(" ", rng);
    }
    meta.append(" ", el("span", "tp", this.typeLabel(ev)));
    body.append(meta);
    if (ev.actor) {
      var who = txt("p", "wh", ev.actor.name);
      if (ev.target) who.append(" → ", el("span", null, ev.target.name));
      body.append(who);
    }
    if (ev.summary) body.append(txt("p", "sm", ev.summary));
    if (ev.quote) body.append(txt("blockquote", "qt", ev.quote));
    var seen = {}, src = (ev.sources || []).filter(function (s) {  // one link per article
      return s && (s.title || s.outlet) && !seen[s.article_id] && (seen[s.article_id] = 1);
    });
    if (src.length) {
      var ul = el("ul", "src");
      ul.setAttribute("aria-label", this.ui[4]);
      src.forEach(function (s) {
        var li2 = txt("li"), label = [s.outlet, s.title].filter(Boolean).join(": "), href = s.url && safeHref(s.url);
        if (href) {
          var a = el("a", null, label);
          a.href = href;
          a.target = "_blank";
          a.rel = "noopener noreferrer";
          li2.append(a);
        } else li2.textContent = label;
        ul.append(li2);
      });
      body.append(ul);
    }
    var pl = el("a", "pl", "#");
    pl.href = "#event-" + ev.id;
    pl.setAttribute("aria-label", this.ui[5]);
    pl.title = this.ui[5];
    body.append(pl);
    li.append(body);
    return li;
  };

  // The date in the page's language, from the structured fields (the API's "display" is English).
  P.when = function (d) {
    var s = day(d.start), p = d.precision, D = this.dates, v = d.value || "", txt, m;
    try {
      if (p === "day") txt = this.fDay.format(s);
      else if (p === "week") txt = fill(D[6], this.fDay.format(s));
      else if (p === "month") txt = d.mod in MODS && this.genitive ? this.monthGen(s) : this.fMonth.format(s);
      else if (p === "year") txt = this.fYear.format(s);
      else if (p === "quarter" && (m = /^(\d{4})-Q([1-4])$/.exec(v))) txt = D[8].replace("{q}", m[2]).replace("{y}", m[1]);
      else if (p === "season" && (m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v))) txt = D[SEASONS[m[2]]].replace("{y}", m[1]);
      else if (p === "decade" && (m = /^(\d{3})X?$/.exec(v))) return fill(D[7], m[1] + "0");
    } catch (e) { txt = null; }
    if (!txt) return d.display || d.start;
    return d.mod in MODS ? fill(D[MODS[d.mod]], txt) : txt;
  };

  // "декабря 2025 г.": the genitive month, taken from a full date with the day dropped.
  P.monthGen = function (s) {
    return this.fDay.formatToParts(s).filter(function (x, i, a) {
      return x.type !== "day" && !(x.type === "literal" && a[i - 1] && a[i - 1].type === "day");
    }).map(function (x) { return x.value; }).join("").trim();
  };

  P.chip = function (kind, value, label) {
    if (!value || this.chips[kind][value]) return;
    var self = this, g = this.filters.querySelector("." + kind);
    if (!g) {
      g = el("div", "cg " + kind);
      g.setAttribute("role", "group");
      g.setAttribute("aria-label", this.ui[kind === "type" ? 1 : 2]);
      this.filters.append(g);
    }
    var b = el("button", "chip " + (kind === "type" ? tcls(value) : ""), label);
    b.type = "button";
    b.setAttribute("aria-pressed", "false");
    b.onclick = function () {
      var sel = self.sel[kind], i = sel.indexOf(value);
      if (i < 0) sel.push(value); else sel.splice(i, 1);
      b.setAttribute("aria-pressed", i < 0);
      self.clearBtn();
      self.load(false);
    };
    this.chips[kind][value] = b;
    g.append(b);
  };

  P.clearBtn = function () {
    var self = this, on = this.sel.type.length + this.sel.actor.length > 0;
    if (!this.clear) {
      this.clear = el("button", "clr", this.ui[3]);
      this.clear.type = "button";
      this.clear.onclick = function () {
        self.sel = { type: [], actor: [] };
        self.filters.querySelectorAll(".chip").forEach(function (c) { c.setAttribute("aria-pressed", "false"); });
        self.clearBtn();
        self.load(false);
        self.filters.querySelector(".chip").focus();
      };
      this.filters.append(this.clear);
    }
    this.clear.hidden = !on;
  };

  // One tab stop for the whole list; arrows, Home and End move between events.
  P.rove = function (item, focus) {
    if (!item) return;
    if (this.cur && this.cur !== item) this.cur.tabIndex = -1;
    this.cur = item;
    item.tabIndex = 0;
    if (focus) item.focus();
  };

  P.key = function (e) {
    var item = e.target, evs = this.evs, i = evs.indexOf(item), n = -1;
    if (i < 0) return;
    switch (e.key) {
      case "ArrowDown": case "j": n = Math.min(i + 1, evs.length - 1); break;
      case "ArrowUp": case "k": n = Math.max(i - 1, 0); break;
      case "Home": n = 0; break;
      case "End": n = evs.length - 1; break;
      default: return;
    }
    e.preventDefault();
    this.rove(evs[n], true);
  };

  // Deep links: #event-<id> in the host page's URL, loading further pages until it shows up.
  P.seek = function (auto) {
    var m = /^#event-(\d+)$/.exec(location.hash);
    if (!m) return;
    var target = this.sr.getElementById("event-" + m[1]);
    if (target) {
      if (this.sought === m[1] && auto) return;
      this.sought = m[1];
      this.evs.forEach(function (x) { x.classList.remove("hl"); });
      target.classList.add("hl");
      this.rove(target);
      target.focus({ preventScroll: true });
      var still = matchMedia("(prefers-reduced-motion: reduce)").matches;
      target.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    } else if (this.next && (this.pages = (this.pages || 0) + 1) < 40) {
      return this.load(true);
    }
  };

  function boot() {
    var s = doc.currentScript;
    var all = s && s.dataset.timeline ? [s] : doc.querySelectorAll("script[data-timeline]");
    Array.prototype.forEach.call(all, function (x) {
      if (x.dataset.timelineReady || !/embed(\.min)?\.js(\?|#|$)/.test(x.src)) return;
      x.dataset.timelineReady = "1";
      new Widget(x);
    });
  }
  boot();
})();
