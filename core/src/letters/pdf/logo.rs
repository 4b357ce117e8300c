//! The sender's logo: PNG decoded by printpdf, JPEG passed through as it is (/DCTDecode).

use super::PdfError;
use super::layout::{LEFT, TOP, point};
use printpdf::{
    DictItem, ExternalStream, ExternalXObject, Mm, Op, Pt, Px, RawImage, XObject, XObjectId,
    XObjectTransform,
};
use std::collections::BTreeMap;

/// The box the logo is fitted into, in mm.
const LOGO_W: f32 = 50.0;
const LOGO_H: f32 = 18.0;
/// The logo's XObject resource name.
const LOGO_ID: &str = "Logo";

/// The logo as an image XObject, and the op that draws it at the top left (fitted into
/// 50 × 18 mm, aspect ratio kept).
pub(super) fn logo(bytes: &[u8]) -> Result<(XObjectId, XObject, Op), PdfError> {
    let (xobject, w, h) = if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes).ok_or(PdfError::Logo)?
    } else if bytes.starts_with(b"\x89PNG") {
        let image =
            RawImage::decode_from_bytes(bytes, &mut Vec::new()).map_err(|_| PdfError::Logo)?;
        let (w, h) = (image.width as f32, image.height as f32);
        (XObject::Image(image), w, h)
    } else {
        return Err(PdfError::Logo);
    };
    if w < 1.0 || h < 1.0 {
        return Err(PdfError::Logo);
    }
    let scale = (LOGO_W / w).min(LOGO_H / h);
    Ok((
        XObjectId(LOGO_ID.into()),
        xobject,
        draw(w * scale, h * scale),
    ))
}

/// Draws the logo `w` × `h` mm with its top left corner at the letterhead position.
fn draw(w: f32, h: f32) -> Op {
    let bottom_left = point(LEFT, TOP + h);
    Op::UseXobject {
        id: XObjectId(LOGO_ID.into()),
        transform: XObjectTransform {
            translate_x: Some(bottom_left.x),
            translate_y: Some(bottom_left.y),
            // An image is drawn into the unit square: scale it straight to its size in points.
            scale_x: Some(Pt::from(Mm(w)).0),
            scale_y: Some(Pt::from(Mm(h)).0),
            no_auto_scale: true,
            ..XObjectTransform::default()
        },
    }
}

/// A JPEG as an image XObject with its bytes unchanged (printpdf's JPEG decoder is not
/// compiled in: only its "png" feature is enabled), and its size in pixels.
fn jpeg(bytes: &[u8]) -> Option<(XObject, f32, f32)> {
    let (w, h, components) = jpeg_frame(bytes)?;
    let colour_space = match components {
        1 => "DeviceGray",
        3 => "DeviceRGB",
        4 => "DeviceCMYK",
        _ => return None,
    };
    let name = |s: &str| DictItem::Name(s.as_bytes().to_vec());
    let mut dict = BTreeMap::from([
        ("Type".to_string(), name("XObject")),
        ("Subtype".to_string(), name("Image")),
        ("Width".to_string(), DictItem::Int(i64::from(w))),
        ("Height".to_string(), DictItem::Int(i64::from(h))),
        ("ColorSpace".to_string(), name(colour_space)),
        ("BitsPerComponent".to_string(), DictItem::Int(8)),
        ("Filter".to_string(), name("DCTDecode")),
    ]);
    if components == 4 {
        // CMYK JPEGs (Adobe) store inverted values.
        let decode = [1, 0, 1, 0, 1, 0, 1, 0].map(DictItem::Int).to_vec();
        dict.insert("Decode".into(), DictItem::Array(decode));
    }
    let stream = ExternalStream {
        dict,
        content: bytes.to_vec(),
        compress: false,
    };
    let (width, height) = (Some(Px(usize::from(w))), Some(Px(usize::from(h))));
    let xobject = ExternalXObject {
        stream,
        width,
        height,
        dpi: None,
    };
    Some((XObject::External(xobject), f32::from(w), f32::from(h)))
}

/// Width, height and number of colour components from a JPEG's start-of-frame segment.
fn jpeg_frame(bytes: &[u8]) -> Option<(u16, u16, u8)> {
    let byte = |i: usize| bytes.get(i).copied();
    let be16 = |i: usize| Some(u16::from_be_bytes([byte(i)?, byte(i + 1)?]));
    let mut i = 2;
    loop {
        if byte(i)? != 0xFF {
            return None;
        }
        let marker = byte(i + 1)?;
        match marker {
            0xFF => i += 1,
            0xD0..=0xD7 | 0x01 => i += 2,
            // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                return Some((be16(i + 7)?, be16(i + 5)?, byte(i + 9)?));
            }
            _ => i += 2 + usize::from(be16(i + 2)?),
        }
    }
}
