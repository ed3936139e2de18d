"""The iframe page in the reader's language: the same label, type and date-phrase tables as
embed.js (a test keeps the two copies equal), with month names from Django's locale data.

English, and any language without a table, uses events.display.display_date and English labels.
"""
from __future__ import annotations

import re
from datetime import date

from django.utils import translation
from django.utils.formats import date_format

from events import taxonomy
from events.display import display_date

# Per language: UI labels; type labels (taxonomy order); date patterns. As in embed.js.
TABLES: dict[str, tuple[str, str, str]] = {
    "en": (
        "Load more|Type|Actor|Clear filters|Sources|Link to this event|Loading…|"
        "No events match these filters.|Could not load the timeline.|Try again|"
        "{n} events shown|Filters",
        "Statement|Call for talks|Intent to negotiate|Proposal|Support|Meeting|Phone call|"
        "Agreement|Rejection|Criticism|Demand|Threat|Sanction",
        "early {}|mid-{}|late {}|around {}|before {}|after {}|week of {}|the {}s|Q{q} {y}|"
        "spring {y}|summer {y}|autumn {y}|winter {y}",
    ),
    "fr": (
        "Voir plus|Type|Acteur|Effacer les filtres|Sources|Lien vers cet événement|"
        "Chargement…|Aucun événement ne correspond.|Impossible de charger la chronologie.|"
        "Réessayer|{n} événements affichés|Filtres",
        "Déclaration|Appel au dialogue|Intention de négocier|Proposition|Soutien|Rencontre|"
        "Appel téléphonique|Accord|Rejet|Critique|Exigence|Menace|Sanction",
        "début {}|mi-{}|fin {}|vers {}|avant {}|après {}|semaine du {}|années {}|T{q} {y}|"
        "printemps {y}|été {y}|automne {y}|hiver {y}",
    ),
    "de": (
        "Mehr laden|Typ|Akteur|Filter zurücksetzen|Quellen|Link zu diesem Ereignis|"
        "Wird geladen…|Keine passenden Ereignisse.|"
        "Die Zeitleiste konnte nicht geladen werden.|Erneut versuchen|"
        "{n} Ereignisse angezeigt|Filter",
        "Erklärung|Aufruf zu Gesprächen|Verhandlungsbereitschaft|Vorschlag|Unterstützung|"
        "Treffen|Telefonat|Abkommen|Ablehnung|Kritik|Forderung|Drohung|Sanktion",
        "Anfang {}|Mitte {}|Ende {}|um {}|vor {}|nach {}|Woche vom {}|{}er-Jahre|Q{q} {y}|"
        "Frühjahr {y}|Sommer {y}|Herbst {y}|Winter {y}",
    ),
    "ru": (
        "Показать ещё|Тип|Участник|Сбросить фильтры|Источники|Ссылка на событие|Загрузка…|"
        "Нет подходящих событий.|Не удалось загрузить хронологию.|Повторить|"
        "Показано событий: {n}|Фильтры",
        "Заявление|Призыв к переговорам|Готовность к переговорам|Предложение|Поддержка|"
        "Встреча|Телефонный разговор|Соглашение|Отказ|Критика|Требование|Угроза|Санкции",
        "начало {}|середина {}|конец {}|около {}|до {}|после {}|неделя с {}|{}-е годы|"
        "{q}-й квартал {y}|весна {y}|лето {y}|осень {y}|зима {y}",
    ),
    "uk": (
        "Показати ще|Тип|Учасник|Скинути фільтри|Джерела|Посилання на подію|Завантаження…|"
        "Немає подій за цими фільтрами.|Не вдалося завантажити хронологію.|Спробувати ще|"
        "Показано подій: {n}|Фільтри",
        "Заява|Заклик до переговорів|Готовність до переговорів|Пропозиція|Підтримка|Зустріч|"
        "Телефонна розмова|Угода|Відмова|Критика|Вимога|Погроза|Санкції",
        "початок {}|середина {}|кінець {}|близько {}|до {}|після {}|тиждень з {}|{}-ті роки|"
        "{q}-й квартал {y}|весна {y}|літо {y}|осінь {y}|зима {y}",
    ),
    "it": (
        "Carica altri|Tipo|Attore|Azzera i filtri|Fonti|Link a questo evento|Caricamento…|"
        "Nessun evento corrisponde.|Impossibile caricare la cronologia.|Riprova|"
        "{n} eventi mostrati|Filtri",
        "Dichiarazione|Invito al dialogo|Intenzione di negoziare|Proposta|Sostegno|Incontro|"
        "Telefonata|Accordo|Rifiuto|Critica|Richiesta|Minaccia|Sanzione",
        "inizio {}|metà {}|fine {}|verso {}|prima di {}|dopo {}|settimana del {}|anni {}|"
        "{q}º trimestre {y}|primavera {y}|estate {y}|autunno {y}|inverno {y}",
    ),
    "es": (
        "Cargar más|Tipo|Actor|Quitar filtros|Fuentes|Enlace a este evento|Cargando…|"
        "Ningún evento coincide.|No se pudo cargar la cronología.|Reintentar|"
        "{n} eventos mostrados|Filtros",
        "Declaración|Llamado al diálogo|Intención de negociar|Propuesta|Apoyo|Reunión|"
        "Llamada telefónica|Acuerdo|Rechazo|Crítica|Exigencia|Amenaza|Sanción",
        "principios de {}|mediados de {}|finales de {}|hacia {}|antes de {}|después de {}|"
        "semana del {}|años {}|{q}.º trimestre {y}|primavera {y}|verano {y}|otoño {y}|"
        "invierno {y}",
    ),
}
BACK = {"en": "Back to the start", "fr": "Retour au début", "de": "Zurück zum Anfang",
        "ru": "В начало", "uk": "На початок", "it": "Torna all'inizio", "es": "Volver al inicio"}
UI_KEYS = ("more", "type", "actor", "clear", "sources", "link", "loading", "empty", "error",
           "retry", "shown", "filters")
MODS = {"START": 0, "MID": 1, "END": 2, "APPROX": 3, "BEFORE": 4, "ON_OR_BEFORE": 4,
        "AFTER": 5, "ON_OR_AFTER": 5}
SEASONS = {"SP": 9, "SU": 10, "FA": 11, "AU": 11, "WI": 12}


def base_lang(lang: str) -> str:
    base = lang.split("-")[0].lower()
    return base if base in TABLES else "en"


def labels(lang: str) -> dict[str, str]:
    base = base_lang(lang)
    out = dict(zip(UI_KEYS, TABLES[base][0].split("|")))
    out["back"] = BACK[base]
    return out


def type_label(slug: str, lang: str) -> str:
    names = TABLES[base_lang(lang)][1].split("|")
    index = taxonomy.TYPE_SLUGS.index(slug) if slug in taxonomy.BY_SLUG else -1
    return names[index] if index >= 0 else slug


def _tidy(text: str, base: str) -> str:
    # Django's Italian months are capitalised, its Ukrainian days zero-padded.
    text = text.lower() if base == "it" else text
    return re.sub(r"^0(?=\d)", "", text)


def _day(d: date, base: str) -> str:
    return _tidy(date_format(d, "DATE_FORMAT"), base)


def event_date(*, start: date, end: date | None, precision: str, mod: str, value: str,
               lang: str) -> str:
    base = base_lang(lang)
    english = display_date(start=start, end=end, precision=precision, mod=mod, value=value)
    if base == "en":
        return english
    pattern = TABLES[base][2].split("|")
    v = value or ""
    with translation.override(base):
        if precision == "day":
            text = _day(start, base)
        elif precision == "week":
            text = pattern[6].replace("{}", _day(start, base))
        elif precision == "month":
            if mod in MODS and base in ("ru", "uk"):  # "середина декабря 2025 г.": genitive
                text = re.sub(r"^\d+\.?\s*", "", _day(start, base))
            else:
                text = _tidy(date_format(start, "YEAR_MONTH_FORMAT"), base)
        elif precision == "year":
            text = str(start.year)
        elif precision == "quarter" and (m := re.fullmatch(r"(\d{4})-Q([1-4])", v)):
            text = pattern[8].replace("{q}", m[2]).replace("{y}", m[1])
        elif precision == "season" and (m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", v)):
            text = pattern[SEASONS[m[2]]].replace("{y}", m[1])
        elif precision == "decade" and (m := re.fullmatch(r"(\d{3})X?", v)):
            return pattern[7].replace("{}", m[1] + "0")
        else:
            return english
    return pattern[MODS[mod]].replace("{}", text) if mod in MODS else text


def group_label(d: date, *, yearly: bool, lang: str) -> str:
    if yearly:
        return str(d.year)
    base = base_lang(lang)
    if base == "en":
        return d.strftime("%B %Y")
    with translation.override(base):
        return _tidy(date_format(d, "YEAR_MONTH_FORMAT"), base)


def day_range(start: date, end: date, lang: str) -> str:
    """The concrete days an uncertain date covers: "11–20 Dec 2025", "1 Oct – 31 Dec 2025"."""
    base = base_lang(lang)
    with translation.override(base):
        def fmt(d, f):
            text = date_format(d, f)
            # Django capitalises abbreviated months; only English and German do.
            return text if base in ("en", "de") else text.lower()
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end.day} {fmt(end, 'M Y')}"
        if start.year == end.year:
            return f"{start.day} {fmt(start, 'M')} – {end.day} {fmt(end, 'M Y')}"
        return f"{start.day} {fmt(start, 'M Y')} – {end.day} {fmt(end, 'M Y')}"
