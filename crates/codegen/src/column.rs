//! One field of a resource's records as a list shows it, shared by the catalog and the rules
//! that read columns (which fields name a record).

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: String,
    pub value_type: String,
    pub format: Option<String>,
    pub enum_values: Vec<String>,
    pub nullable: bool,
}
