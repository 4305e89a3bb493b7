//! `onmessage schema`: the guide's JSON Schema, on stdout.

use super::check::EXIT_CLEAN;
use super::output::Output;

/// The JSON Schema of `message-guide.yml` (the file the repository publishes, byte for byte).
pub fn schema(out: &mut Output) -> u8 {
    out.emit_bytes(onmessage::guide::json_schema::guide_schema_json().as_bytes());
    EXIT_CLEAN
}
