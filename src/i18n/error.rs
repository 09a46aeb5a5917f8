//! Errors in words: every error a person sees is rendered here, in the language spoken,
//! from the typed error the domain, the store or a report returned.

use crate::domain::DomainError;
use crate::store::StoreError;

/// A refused value, in words.
pub fn domain_error(error: &DomainError) -> String {
    error.to_string()
}

/// A store error, in words.
pub fn store_error(error: &StoreError) -> String {
    error.to_string()
}
