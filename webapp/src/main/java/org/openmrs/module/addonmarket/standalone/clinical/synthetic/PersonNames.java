package org.openmrs.module.addonmarket.standalone.clinical.synthetic;

import java.util.List;
import java.util.Random;

/**
 * Names for synthetic patients, from many languages, as a city clinic's list would have them. Made up in
 * combination: any likeness to a real patient is chance.
 */
final class PersonNames {

	private static final List<String> FEMALE = List.of("Amina", "Anna", "Ayesha", "Beatriz", "Chen", "Chiamaka",
	    "Daniela", "Elena", "Emma", "Esther", "Fatima", "Grace", "Hana", "Ingrid", "Isabel", "Jana", "Joy", "Kavya",
	    "Lena", "Leila", "Lucia", "Mai", "Maria", "Marta", "Mei", "Miriam", "Nadia", "Naledi", "Nia", "Noor",
	    "Olga", "Priya", "Rosa", "Ruth", "Sakura", "Sara", "Sofia", "Tamar", "Thandiwe", "Valentina", "Wanjiru",
	    "Yara", "Yuki", "Zainab", "Zoe");

	private static final List<String> MALE = List.of("Abdul", "Ahmed", "Aleksander", "Amir", "Andre", "Arjun",
	    "Carlos", "Chidi", "Daniel", "David", "Emeka", "Felipe", "Hassan", "Hiroshi", "Ibrahim", "Ivan", "James",
	    "Jin", "Jonas", "Jose", "Kofi", "Kwame", "Lars", "Liam", "Luca", "Mateo", "Mehmet", "Mohammed", "Musa",
	    "Noah", "Omar", "Pablo", "Pedro", "Rahul", "Ravi", "Samuel", "Sipho", "Tariq", "Thomas", "Tomasz", "Wei",
	    "Yusuf", "Zhang", "Ziad");

	private static final List<String> FAMILY = List.of("Abebe", "Adeyemi", "Ahmed", "Alvarez", "Andersson",
	    "Banda", "Becker", "Bianchi", "Chen", "Costa", "Dang", "Diallo", "Dubois", "Eriksen", "Fernandes", "Garcia",
	    "Gonzalez", "Haddad", "Hansen", "Hernandez", "Hoang", "Ibrahim", "Ivanova", "Jansen", "Kamau", "Kariuki",
	    "Kim", "Kowalski", "Kumar", "Lee", "Lopez", "Mahlangu", "Martin", "Mensah", "Moreau", "Moyo", "Muller",
	    "Mwangi", "Nakamura", "Ndlovu", "Nguyen", "Novak", "Ochieng", "Okafor", "Okonkwo", "Olsen", "Park",
	    "Patel", "Pereira", "Petrov", "Popescu", "Rahman", "Rossi", "Santos", "Sato", "Schmidt", "Shah", "Silva",
	    "Singh", "Smith", "Suzuki", "Tanaka", "Traore", "Tshabalala", "Wang", "Wanjiku", "Weber", "Williams",
	    "Wilson", "Yamamoto", "Yilmaz", "Zhang");

	private PersonNames() {
	}

	static String given(Random random, String gender) {
		List<String> names = "female".equals(gender) ? FEMALE : MALE;
		return names.get(random.nextInt(names.size()));
	}

	static String family(Random random) {
		return FAMILY.get(random.nextInt(FAMILY.size()));
	}
}
