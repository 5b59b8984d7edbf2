//! `vafa-web`: the browser entry point that Trunk builds (see index.html).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    vafa::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "vafa-web runs in the browser: build it with trunk (see README.md); the CLI is `vafa`."
    );
    std::process::exit(2);
}
