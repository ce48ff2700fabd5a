//! The directory being filled by an import: one record per id and table. A record met
//! again (the same organisation nested in two services, once in full and once in brief)
//! is merged: what the first one left empty is taken from the later one.

use crate::guichet::{is_guichet_taxonomy, term_by_id};
use guichet_domain::directory::{
    Directory, Location, Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Default)]
pub(crate) struct Builder {
    dir: Directory,
    organizations: HashMap<String, usize>,
    services: HashMap<String, usize>,
    locations: HashMap<String, usize>,
    service_at_locations: HashMap<String, usize>,
    taxonomies: HashMap<String, usize>,
    taxonomy_terms: HashMap<String, usize>,
}

impl Builder {
    pub fn organization(&mut self, o: Organization) {
        upsert(&mut self.dir.organizations, &mut self.organizations, o);
    }

    pub fn service(&mut self, s: Service) {
        upsert(&mut self.dir.services, &mut self.services, s);
    }

    pub fn location(&mut self, l: Location) {
        upsert(&mut self.dir.locations, &mut self.locations, l);
    }

    pub fn service_at_location(&mut self, s: ServiceAtLocation) {
        upsert(
            &mut self.dir.service_at_locations,
            &mut self.service_at_locations,
            s,
        );
    }

    /// guichet's own taxonomy is not kept: its terms become typed fields.
    pub fn taxonomy(&mut self, t: Taxonomy) {
        if !is_guichet_taxonomy(&t.id) {
            upsert(&mut self.dir.taxonomies, &mut self.taxonomies, t);
        }
    }

    pub fn taxonomy_term(&mut self, t: TaxonomyTerm) {
        if term_by_id(&t.id).is_none() {
            upsert(&mut self.dir.taxonomy_terms, &mut self.taxonomy_terms, t);
        }
    }

    pub fn has_location(&self, id: &str) -> bool {
        self.locations.contains_key(id)
    }

    /// The directory, with `free` known from cost options that all cost nothing.
    pub fn finish(mut self) -> Directory {
        for s in &mut self.dir.services {
            if s.free.is_none()
                && !s.cost_options.is_empty()
                && s.cost_options.iter().all(|c| c.amount == Some(0.0))
            {
                s.free = Some(true);
            }
        }
        self.dir
    }
}

trait HasId {
    fn id(&self) -> &str;
}

macro_rules! has_id {
    ($($t:ty),*) => {$(impl HasId for $t { fn id(&self) -> &str { &self.id } })*};
}
has_id!(
    Organization,
    Service,
    Location,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm
);

fn upsert<T: HasId + Serialize + DeserializeOwned>(
    list: &mut Vec<T>,
    index: &mut HashMap<String, usize>,
    item: T,
) {
    match index.get(item.id()).and_then(|&i| list.get_mut(i)) {
        Some(old) => fill(old, item),
        None => {
            index.insert(item.id().to_owned(), list.len());
            list.push(item);
        }
    }
}

/// Fields of `old` that are empty (missing, empty text, empty list) take `new`'s value.
fn fill<T: Serialize + DeserializeOwned>(old: &mut T, new: T) {
    let (Ok(Value::Object(mut a)), Ok(Value::Object(b))) =
        (serde_json::to_value(&*old), serde_json::to_value(new))
    else {
        return;
    };
    for (k, v) in b {
        let empty = match a.get(&k) {
            None | Some(Value::Null) => true,
            Some(Value::String(s)) => s.is_empty(),
            Some(Value::Array(x)) => x.is_empty(),
            _ => false,
        };
        if empty {
            a.insert(k, v);
        }
    }
    if let Ok(merged) = serde_json::from_value(Value::Object(a)) {
        *old = merged;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guichet_domain::directory::Phone;

    #[test]
    fn a_record_met_twice_is_merged() {
        let mut b = Builder::default();
        b.organization(Organization {
            id: "o".into(),
            name: "Brief".into(),
            ..Organization::default()
        });
        b.organization(Organization {
            id: "o".into(),
            name: "Full".into(),
            description: "Now with a description".into(),
            phones: vec![Phone {
                id: "p".into(),
                number: "081 00 00 00".into(),
                ..Phone::default()
            }],
            ..Organization::default()
        });
        let d = b.finish();
        assert_eq!(d.organizations.len(), 1);
        let o = &d.organizations[0];
        assert_eq!(o.name, "Brief");
        assert_eq!(o.description, "Now with a description");
        assert_eq!(o.phones.len(), 1);
    }
}
