//! Parts of the conformance test: the Prism mock, the relay that reads its
//! violation header, and the cases sent through the client.

pub mod cases;
pub mod prism;
pub mod relay;
