//! `vafa-worker`: the import Web Worker that Trunk builds (see index.html, `data-type="worker"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    vafa::worker::scope::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "vafa-worker runs in the browser as a Web Worker; build it with trunk (see README.md)."
    );
    std::process::exit(2);
}
