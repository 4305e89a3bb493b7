//! Custom document properties of Word and PowerPoint files (`docProps/custom.xml`): the
//! `onmessage-channel` property names the channel as front matter's `channel:` does.

use super::package::Package;
use super::xml::{attr, local, walk, Step};
use super::Unreadable;

/// The name of the property that names a document's channel.
pub const CHANNEL_PROPERTY: &str = "onmessage-channel";

/// The value of the `onmessage-channel` custom property, if the package has one.
pub(super) fn channel(package: &mut Package) -> Result<Option<String>, Unreadable> {
    let part = "docProps/custom.xml";
    let Some(xml) = package.part(part)? else {
        return Ok(None);
    };
    let mut value: Option<String> = None;
    let mut inside = false;
    walk(&xml, part, |step| {
        match step {
            Step::Open(element) if local(element.name().as_ref()) == "property" => {
                inside =
                    value.is_none() && attr(element, "name").as_deref() == Some(CHANNEL_PROPERTY);
                if inside {
                    value = Some(String::new());
                }
            }
            Step::Close("property") => inside = false,
            Step::Text(text, _) if inside => {
                if let Some(value) = value.as_mut() {
                    value.push_str(text);
                }
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(value.filter(|v| !v.trim().is_empty()))
}
