//! The cryptography of the key slots: the data key, Argon2id, XChaCha20-Poly1305 and the sealed
//! box that carries the data key to each officer's public key. See docs/key-slots.md.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{Aead, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use crypto_box::{PublicKey, SecretKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// The length of every symmetric key and token here.
const KEY_LEN: usize = 32;

/// The key SQLCipher encrypts the store with (as a raw key: no key derivation of its own).
pub struct DataKey(Zeroizing<[u8; KEY_LEN]>);

impl DataKey {
    /// A new random key.
    pub fn random() -> DataKey {
        DataKey(random_bytes())
    }

    /// The key as 64 hex digits, for `klagomal key export`.
    pub fn hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(*self.0))
    }

    /// The value of `PRAGMA key` / `PRAGMA rekey` for this raw key: `x'…'`.
    pub fn pragma_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(*self.0)))
    }

    /// A copy, for a second connection.
    pub fn duplicate(&self) -> DataKey {
        DataKey(self.0.clone())
    }

    fn from_slice(bytes: &[u8]) -> Option<DataKey> {
        let array: [u8; KEY_LEN] = bytes.try_into().ok()?;
        Some(DataKey(Zeroizing::new(array)))
    }
}

/// What an officer's passphrase unlocks: their X25519 secret key (which opens the data key's
/// box) and the token whose hash their row in the store holds (which binds slot to officer).
pub struct SlotSecret {
    pub secret_key: SecretKey,
    pub token: Zeroizing<[u8; KEY_LEN]>,
}

impl SlotSecret {
    /// A new key pair and token for a new officer.
    pub fn generate() -> SlotSecret {
        SlotSecret {
            secret_key: SecretKey::generate(&mut OsRng),
            token: random_bytes(),
        }
    }

    /// A copy, for a second connection that may change this officer's passphrase.
    pub fn duplicate(&self) -> SlotSecret {
        SlotSecret {
            secret_key: self.secret_key.clone(),
            token: self.token.clone(),
        }
    }

    /// The public key the store keeps in the officer's row.
    pub fn public_key(&self) -> [u8; KEY_LEN] {
        self.secret_key.public_key().to_bytes()
    }

    /// The hash the store keeps in the officer's row.
    pub fn token_hash(&self) -> Vec<u8> {
        token_hash(&*self.token)
    }

    fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        let mut bytes = Zeroizing::new(Vec::with_capacity(2 * KEY_LEN));
        bytes.extend_from_slice(&self.secret_key.to_bytes());
        bytes.extend_from_slice(&*self.token);
        bytes
    }

    fn from_bytes(bytes: &[u8]) -> Option<SlotSecret> {
        if bytes.len() != 2 * KEY_LEN {
            return None;
        }
        let (key, token) = bytes.split_at(KEY_LEN);
        let mut secret = Zeroizing::new([0u8; KEY_LEN]);
        secret.copy_from_slice(key);
        let mut t = Zeroizing::new([0u8; KEY_LEN]);
        t.copy_from_slice(token);
        Some(SlotSecret {
            secret_key: SecretKey::from_bytes(*secret),
            token: t,
        })
    }

    /// Opens a data key sealed to this officer's public key.
    pub fn open_data_key(&self, sealed: &[u8]) -> Option<DataKey> {
        let plain = Zeroizing::new(self.secret_key.unseal(sealed).ok()?);
        DataKey::from_slice(&plain)
    }
}

/// SHA-256 of a slot's token, as the officer's row keeps it.
pub fn token_hash(token: &[u8]) -> Vec<u8> {
    Sha256::digest(token).to_vec()
}

/// Seals the data key to an officer's public key (an anonymous sealed box: X25519, XSalsa20-
/// Poly1305, libsodium's `crypto_box_seal`).
pub fn seal_data_key(public_key: &[u8], key: &DataKey) -> Option<Vec<u8>> {
    let public: [u8; KEY_LEN] = public_key.try_into().ok()?;
    PublicKey::from_bytes(public).seal(&mut OsRng, &*key.0).ok()
}

/// Argon2id's cost, stored with each slot so that it can be raised for new slots without
/// breaking old ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfCost {
    /// Memory, in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

/// The cost of new slots: 64 MiB, 3 passes, 1 lane: about 0.26 s on the reference machine
/// (docs/key-slots.md has the measurements).
pub const KDF_COST: KdfCost = KdfCost {
    memory_kib: 64 * 1024,
    iterations: 3,
    parallelism: 1,
};

/// The most a slot file may ask for: a file that asks for more is refused rather than allowed
/// to make the program allocate gigabytes.
const MAX_MEMORY_KIB: u32 = 1024 * 1024;

/// A slot's secret, encrypted under a key derived from the passphrase.
pub struct Wrapped {
    pub salt: [u8; 16],
    pub nonce: [u8; 24],
    pub ciphertext: Vec<u8>,
}

/// Encrypts a slot's secret under `passphrase`, bound to the slot's id and cost by the AEAD's
/// associated data (so that a slot cannot be moved or weakened without failing to open).
pub fn wrap(passphrase: &str, cost: KdfCost, aad: &[u8], secret: &SlotSecret) -> Option<Wrapped> {
    let mut salt = [0u8; 16];
    OsRng.fill_bytes(&mut salt);
    let mut nonce = [0u8; 24];
    OsRng.fill_bytes(&mut nonce);
    let kek = derive(passphrase, &salt, cost)?;
    let cipher = XChaCha20Poly1305::new((&*kek).into());
    let plain = secret.to_bytes();
    let ciphertext = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: &plain, aad })
        .ok()?;
    Some(Wrapped {
        salt,
        nonce,
        ciphertext,
    })
}

/// Opens a slot's secret with `passphrase`; `None` for a wrong passphrase or a changed slot.
pub fn unwrap(passphrase: &str, cost: KdfCost, aad: &[u8], w: &Wrapped) -> Option<SlotSecret> {
    let kek = derive(passphrase, &w.salt, cost)?;
    let cipher = XChaCha20Poly1305::new((&*kek).into());
    let payload = Payload {
        msg: &w.ciphertext,
        aad,
    };
    let plain = Zeroizing::new(cipher.decrypt(XNonce::from_slice(&w.nonce), payload).ok()?);
    SlotSecret::from_bytes(&plain)
}

/// Argon2id (version 0x13) of the passphrase with the slot's salt.
fn derive(passphrase: &str, salt: &[u8], cost: KdfCost) -> Option<Zeroizing<[u8; KEY_LEN]>> {
    if cost.memory_kib > MAX_MEMORY_KIB {
        return None;
    }
    let params = Params::new(
        cost.memory_kib,
        cost.iterations,
        cost.parallelism,
        Some(KEY_LEN),
    )
    .ok()?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut *out)
        .ok()?;
    Some(out)
}

/// Random bytes from the operating system.
pub fn random_bytes<const N: usize>() -> Zeroizing<[u8; N]> {
    let mut bytes = Zeroizing::new([0u8; N]);
    OsRng.fill_bytes(&mut *bytes);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfCost = KdfCost {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn a_slot_opens_only_with_its_passphrase_and_its_binding() {
        let secret = SlotSecret::generate();
        let w = wrap("rätt lösenfras", CHEAP, b"slot-1", &secret).expect("wrap");
        let opened = unwrap("rätt lösenfras", CHEAP, b"slot-1", &w).expect("opens");
        assert_eq!(opened.public_key(), secret.public_key());
        assert_eq!(opened.token_hash(), secret.token_hash());
        assert!(unwrap("fel lösenfras", CHEAP, b"slot-1", &w).is_none());
        assert!(
            unwrap("rätt lösenfras", CHEAP, b"slot-2", &w).is_none(),
            "moved"
        );
        let weaker = KdfCost {
            iterations: 2,
            ..CHEAP
        };
        assert!(unwrap("rätt lösenfras", weaker, b"slot-1", &w).is_none());
        let greedy = KdfCost {
            memory_kib: 4 * 1024 * 1024,
            ..CHEAP
        };
        assert!(unwrap("rätt lösenfras", greedy, b"slot-1", &w).is_none());
    }

    #[test]
    fn the_data_key_opens_only_with_the_right_secret_key() {
        let (alice, bob) = (SlotSecret::generate(), SlotSecret::generate());
        let key = DataKey::random();
        let sealed = seal_data_key(&alice.public_key(), &key).expect("seal");
        let opened = alice.open_data_key(&sealed).expect("opens");
        assert_eq!(*opened.hex(), *key.hex());
        assert!(bob.open_data_key(&sealed).is_none());
        assert_eq!(key.pragma_value().len(), 67);
        assert!(seal_data_key(&[1, 2, 3], &key).is_none());
    }
}
