//! The colour scheme the system prefers (`prefers-color-scheme`), as the charts' `Theme`: read at
//! start and followed when it changes, so that every chart redraws in the page's new colours
//! (`style/main.css` switches its own with the same media query). Printing is always light, as
//! the print stylesheet is.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::MediaQueryList;

use crate::charts::palette::Theme;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";
const PRINT_QUERY: &str = "print";

/// The charts' theme, provided by `App` and read by every chart.
#[derive(Debug, Clone, Copy)]
pub struct SystemTheme(pub ReadSignal<Theme>);

/// The list of `query`, `None` (logged) where the browser cannot say.
fn media(query: &str) -> Option<MediaQueryList> {
    let window = web_sys::window()?;
    match window.match_media(query) {
        Ok(list) => list,
        Err(err) => {
            leptos::logging::warn!("matchMedia({query}): {err:?}");
            None
        }
    }
}

/// Dark when the system prefers it and the page is not being printed.
fn theme_of(dark: Option<&MediaQueryList>, print: Option<&MediaQueryList>) -> Theme {
    let is_dark = dark.is_some_and(MediaQueryList::matches);
    let is_print = print.is_some_and(MediaQueryList::matches);
    if is_dark && !is_print {
        Theme::DARK
    } else {
        Theme::LIGHT
    }
}

/// The system's theme now and whenever it changes; light where the browser cannot say.
pub fn system_theme() -> SystemTheme {
    let (dark, print) = (media(DARK_QUERY), media(PRINT_QUERY));
    let (theme, set_theme) = signal(theme_of(dark.as_ref(), print.as_ref()));
    let lists = [dark.clone(), print.clone()];
    let on_change = Closure::<dyn Fn()>::new(move || {
        let now = theme_of(dark.as_ref(), print.as_ref());
        if now != theme.get_untracked() {
            set_theme.set(now);
        }
    });
    for list in lists.iter().flatten() {
        if let Err(err) =
            list.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
        {
            leptos::logging::warn!("media query listener: {err:?}");
        }
    }
    // The page lives as long as the listeners: the closure is never dropped.
    on_change.forget();
    SystemTheme(theme)
}
