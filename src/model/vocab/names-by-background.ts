// Romanised given and family names per language background, for students and parents whose
// family's home language is not English. Each list cites its source below; names are data only.
// Every name appears in the source cited for its list; lists were only selected or filtered from
// those sources (e.g. most frequent entries, misspellings and off-background names removed).
//
// Sources:
//   [FJS] faker-js/faker@e3858f2 src/locales/<locale>/person/*.ts (same data in @faker-js/faker 10.6.0), MIT.
//   [PYF] joke2k/faker@8ad78a6 faker/providers/person/<locale>/__init__.py, MIT.
//   [SIG] sigpwned/popular-names-by-country-dataset@eb62e13 common-{forenames,surnames}-by-country.csv, compiled in
//         July 2023 from Wikipedia "List of most popular given names" and "Lists of most common surnames", CC0.
//   Web pages are cited by URL (publishers' copyright; only the names, which are facts, are used).
// - english: given: [FJS] en_AU first_name. family: [FJS] en_AU last_name (its leading ranked block, Smith..Richards)
//     and [SIG] Australia.
// - mandarin: given: PRC Ministry of Public Security name reports (2020, 2021) and articles, as published at
//     https://pinyin.info/news/category/misc/chinese-given-names/
//     http://www.detezhuo.cn/2022/05/12/In-2021-there-were-the-most-babies-with-that-name/
//     https://www.reference.com/education/meanings-behind-popular-chinese-names-6ad2c9b9a02892a4
//     https://archive.shine.cn/nation/Which-names-top-the-popularity-list/shdaily.shtml
//     https://chinesenametranslator.online/blog/chinese-names-through-the-decades-generations
//     https://gitnux.org/most-popular-chinese-names/
//     family: [PYF] zh_CN last_romanized_names (from Wikipedia "List of common Chinese surnames").
// - cantonese: family: [FJS] en_HK last_name and the Cantonese spellings in [SIG] China. given: none found.
// - vietnamese: given: [PYF] vi_VN first_names_female/_male/_unisex. family: [SIG] Vietnam.
// - hindi: given: [SIG] India (2021, 2022). family: [SIG] India and Fiji, [PYF] en_IN.
// - punjabi: given: none with a licence we can use (the generator uses the Hindi list). family: [PYF] en_IN (Punjabi subset).
// - filipino: given: Philippine Statistics Authority / NSO top names as reported at
//     https://www.gmanetwork.com/news/topstories/ulatfilipino/49350/joshua-at-angel-pinakapopular-na-pangalan-sa-bata-noong-2006/story
//     http://most-popular.net/tag/philippines
//     https://www.nancy.cc/2024/07/04/popular-baby-names-philippines-2022/
//     http://thepinoy.net/?p=8921
//     and [SIG] Philippines (2021). family: [SIG] Philippines.
// - korean: given: [SIG] South Korea (2019). family: [SIG] South Korea ("List of Korean surnames").
// - japanese: given: [SIG] Japan (2022) and [PYF] ja_JP first_name_*_pairs (romanised column).
//     family: [PYF] ja_JP last_name_pairs (romanised column).
// - arabic: given: [SIG] Saudi Arabia, Jordan, Lebanon, Egypt, Iraq, UAE, Kuwait, Libya, Algeria, Morocco, Tunisia.
//     family (no ranked list was found; general web pages):
//     https://www.myheritage.com/wiki/Lebanese_surnames
//     https://www.pulse.ug/articles/lifestyle/these-are-the-most-common-surnames-in-every-african-country-2024121308311003761
//     https://namesflare.com/lebonese-last-names-discover-the-meaning-and-origins-of-lebanese-surnames/
//     https://namesflare.com/discover-the-most-common-lebanese-last-names-for-a-deeper-understanding-of-lebanese-culture
//     https://surnam.es/lebanon
//     https://bridgecam.pjstar.com/info/news/common-arabic-last-names
//     https://mail.friends-partners.org/militarycooperationstrengthens/lebanese-surnames.html
//     https://imagerestorationcenter.com/exploring-the-most-common-lebanese-last-names/
// - spanish: given: [SIG] Spain and Mexico (2021). family: [SIG] Spain and Mexico.
// - italian: given: [SIG] Italy (2021). family: [SIG] Italy.
// - greek: given: [SIG] Greece (2010), Cyprus (2011). family (ASEP top 20 and articles):
//     https://greekcitytimes.com/2024/08/17/papadopoulos-20-greek-surnames
//     http://banksnews.gr/the-20-most-common-greek-last-names/
//     https://greekreporter.com/2020/08/26/most-popular-last-names-in-greece-cyprus-and-around-the-world/
// - nepali: given and family: en_NP in @faker-js/faker 10.6.0 (npm, MIT) and [SIG] Nepal.
// - afrikaans: given and family: [FJS] af_ZA.
// - samoan: not included; no public list of common Samoan given or family names was found.

export interface NameLists {
  /** Where these lists come from (URL or repository path). */
  source: string;
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
}

export const NAMES_BY_BACKGROUND: Readonly<Record<string, NameLists>> = {
  english: {
    source: 'faker-js/faker src/locales/en_AU/person; sigpwned/popular-names-by-country-dataset',
    female: [
      'Abbey', 'Abby', 'Abigail', 'Addison', 'Alana', 'Alexandra', 'Alexis', 'Alice', 'Alyssa', 'Amber', 'Amelia',
      'Amelie', 'Amy', 'Angelina', 'Anna', 'Annabelle', 'Ashley', 'Audrey', 'Ava', 'Bella', 'Caitlin', 'Charli',
      'Charlotte', 'Chelsea', 'Chloe', 'Claire', 'Claudia', 'Eliza', 'Elizabeth', 'Ella', 'Ellie', 'Emily', 'Emma',
      'Eva', 'Eve', 'Evie', 'Gabriella', 'Gemma', 'Georgia', 'Grace', 'Hannah', 'Hayley', 'Heidi', 'Holly', 'Imogen',
      'Isabel', 'Isabella', 'Isabelle', 'Isla', 'Ivy', 'Jade', 'Jasmine', 'Jessica', 'Kayla', 'Kiara', 'Lara',
      'Lauren', 'Layla', 'Leah', 'Lillian', 'Lilly', 'Lily', 'Lola', 'Lucy', 'Mackenzie', 'Maddison', 'Madeline',
      'Madison', 'Matilda', 'Maya', 'Mia', 'Mikayla', 'Molly', 'Natalie', 'Olivia', 'Paige', 'Phoebe', 'Piper',
      'Poppy', 'Rose', 'Ruby', 'Samantha', 'Sarah', 'Savannah', 'Scarlett', 'Sienna', 'Skye', 'Sofia', 'Sophia',
      'Sophie', 'Stella', 'Stephanie', 'Summer', 'Tahlia', 'Taylor', 'Victoria', 'Violet', 'Willow', 'Zara', 'Zoe',
    ],
    male: [
      'Aaron', 'Adam', 'Aidan', 'Aiden', 'Alex', 'Alexander', 'Ali', 'Andrew', 'Angus', 'Anthony', 'Archie',
      'Ashton', 'Bailey', 'Beau', 'Benjamin', 'Blake', 'Caleb', 'Callum', 'Cameron', 'Charles', 'Charlie', 'Chase',
      'Christian', 'Christopher', 'Cody', 'Connor', 'Cooper', 'Daniel', 'Darcy', 'David', 'Declan', 'Dylan',
      'Edward', 'Eli', 'Elijah', 'Ethan', 'Finn', 'Gabriel', 'George', 'Hamish', 'Harrison', 'Harry', 'Hayden',
      'Henry', 'Hugo', 'Hunter', 'Isaac', 'Jack', 'Jackson', 'Jacob', 'Jake', 'James', 'Jasper', 'Jayden', 'Jesse',
      'Jett', 'Joel', 'John', 'Jonathan', 'Jordan', 'Joseph', 'Joshua', 'Justin', 'Kai', 'Lachlan', 'Leo', 'Levi',
      'Liam', 'Lincoln', 'Logan', 'Luca', 'Lucas', 'Luke', 'Marcus', 'Mason', 'Matthew', 'Max', 'Michael',
      'Mitchell', 'Nate', 'Nathan', 'Nicholas', 'Noah', 'Oliver', 'Oscar', 'Owen', 'Patrick', 'Phoenix', 'Riley',
      'Ryan', 'Sam', 'Samuel', 'Sebastian', 'Thomas', 'Toby', 'Tyler', 'William', 'Xavier', 'Zac', 'Zachary',
    ],
    family: [
      'Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Johnson', 'White', 'Martin', 'Anderson',
      'Thompson', 'Thomas', 'Walker', 'Harris', 'Lee', 'Ryan', 'Robinson', 'Kelly', 'King', 'Davis', 'Wright',
      'Evans', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Lewis', 'James', 'Phillips', 'Mason',
      'Mitchell', 'Rose', 'Davies', 'Cox', 'Alexander', 'Garden', 'Campbell', 'Johnston', 'Moore', 'Smyth',
      "O'Neill", 'Doherty', 'Stewart', 'Quinn', 'Murphy', 'Graham', 'Hamilton', 'Murray', 'Hughes', 'Robertson',
      'Thomson', 'Scott', 'Macdonald', 'Reid', 'Clark', 'Ross', 'Young', 'Watson', 'Paterson', 'Morrison', 'Morgan',
      'Griffiths', 'Edwards', 'Rees', 'Jenkins', 'Owen', 'Price', 'Moss', 'Richards', 'Turner',
    ],
  },
  mandarin: {
    source: 'https://pinyin.info/news/category/misc/chinese-given-names/ and others; joke2k/faker zh_CN',
    female: [
      'Yinuo', 'Xinyi', 'Zihan', 'Yutong', 'Xinyan', 'Kexin', 'Yuxi', 'Mengyao', 'Ruoxi', 'Yihan', 'Xiuying',
      'Guiying', 'Xiulan', 'Yulan', 'Tingting', 'Guilan', 'Yumei', 'Xiuzhen', 'Haiyan', 'Fang', 'Min', 'Jing', 'Na',
      'Xia', 'Yun', 'Ai', 'Mei',
    ],
    male: [
      'Yichen', 'Yuxuan', 'Haoyu', 'Yuchen', 'Zimo', 'Yuhang', 'Haoran', 'Zihao', 'Muchen', 'Mingze', 'Yuze', 'Yize',
      'Muyang', 'Jianhua', 'Wei', 'Ming', 'Jianguo', 'Lei', 'Bo',
    ],
    family: [
      'Bai', 'Cai', 'Cao', 'Chang', 'Chen', 'Cheng', 'Cui', 'Dai', 'Deng', 'Ding', 'Dong', 'Du', 'Duan', 'Fan',
      'Fang', 'Feng', 'Fu', 'Gao', 'Gong', 'Gu', 'Guo', 'Han', 'Hao', 'He', 'Hou', 'Hu', 'Huang', 'Jia', 'Jiang',
      'Jin', 'Kang', 'Kong', 'Lai', 'Lei', 'Li', 'Liang', 'Liao', 'Lin', 'Liu', 'Long', 'Lu', 'Luo', 'Ma', 'Mao',
      'Meng', 'Mo', 'Pan', 'Peng', 'Qian', 'Qiao', 'Qin', 'Qiu', 'Ren', 'Shao', 'Shen', 'Shi', 'Song', 'Su', 'Sun',
      'Tan', 'Tang', 'Tao', 'Tian', 'Wan', 'Wang', 'Wei', 'Wen', 'Wu', 'Xia', 'Xiang', 'Xiao', 'Xie', 'Xiong', 'Xu',
      'Xue', 'Yan', 'Yang', 'Yao', 'Ye', 'Yi', 'Yin', 'Yu', 'Yuan', 'Zeng', 'Zhang', 'Zhao', 'Zheng', 'Zhong',
      'Zhou', 'Zhu', 'Zou',
    ],
  },
  // No sourced list of romanised (Hong Kong style) Cantonese given names was found: female and male are
  // empty, so a caller must fall back (Wikipedia "Hong Kong name" reports that 64% of Hongkongers use
  // English given names).
  cantonese: {
    source: 'faker-js/faker src/locales/en_HK/person/last_name.ts; sigpwned/popular-names-by-country-dataset',
    female: [],
    male: [],
    family: [
      'Wong', 'Lee', 'Cheung', 'Lau', 'Chan', 'Yeung', 'Chiu', 'Ng', 'Chow', 'Tsui', 'Suen', 'Ma', 'Chu', 'Wu',
      'Kwok', 'Ho', 'Lam', 'Ko', 'Law', 'Au', 'Chang', 'Cheng', 'Cheuk', 'Cho', 'Choi', 'Chong', 'Choy', 'Chui',
      'Chung', 'Fan', 'Fok', 'Fu', 'Fung', 'Hong', 'Hui', 'Ip', 'Kan', 'Keung', 'Kong', 'Kwan', 'Kwong', 'Lai',
      'Leung', 'Li', 'Ling', 'Lui', 'Luk', 'Lung', 'Mak', 'Man', 'Mok', 'Ngai', 'Pang', 'Poon', 'Pun', 'Shiu',
      'Shum', 'Sin', 'Siu', 'So', 'Sun', 'Sze', 'Szeto', 'Tai', 'Tam', 'Tan', 'Tang', 'Tong', 'Tsang', 'Tse', 'Tsoi',
      'Wan', 'Yan', 'Yim', 'Yin', 'Yip', 'Yiu', 'Yu', 'Yue', 'Yuen', 'Yung',
    ],
  },
  // Vietnamese order is family, middle (often Văn for men, Thị for women), given; Australian records
  // usually put the middle name with the given name and often drop diacritics.
  vietnamese: {
    source: 'joke2k/faker faker/providers/person/vi_VN; sigpwned/popular-names-by-country-dataset',
    female: [
      'Ngọc', 'Hương', 'Lan', 'Mai', 'Thảo', 'Linh', 'Hồng', 'Chi', 'Vân', 'Duyên', 'Dương', 'Yến', 'Vi', 'Ánh',
      'Xuân', 'An', 'Hà', 'Bảo', 'Lâm', 'Hạnh', 'Kim', 'Nhật', 'Phương', 'Hải',
    ],
    male: [
      'Nam', 'Hưng', 'Vũ', 'Tú', 'Hoàng', 'Phúc', 'Trung', 'Quang', 'Anh', 'Khoa', 'Dũng', 'Thành', 'Huy', 'Bảo',
      'Châu', 'Minh', 'Tùng', 'Nhiên', 'Trọng', 'An', 'Hà', 'Lâm', 'Hạnh', 'Kim', 'Nhật', 'Phương', 'Hải',
    ],
    family: [
      'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
      'Dương', 'Lý', 'Phí', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ',
      'Thân', 'Trác', 'Tống', 'Hoa', 'Khúc', 'Từ', 'Thường', 'Tiêu', 'Ngọ', 'Kim', 'Quách', 'Đàm', 'Triệu', 'Mạc',
      'Thái', 'Lưu', 'Thạch', 'Lương',
    ],
  },
  hindi: {
    source: 'sigpwned/popular-names-by-country-dataset; joke2k/faker en_IN',
    female: [
      'Aditi', 'Inaya', 'Aarya', 'Kiara', 'Aadhya', 'Vamika', 'Pari', 'Jiya', 'Mehar', 'Amayra',
    ],
    male: [
      'Muhammad', 'Shivansh', 'Dhruv', 'Kabir', 'Vedant', 'Kiaan', 'Aarav', 'Arjun', 'Viraj', 'Krishna',
    ],
    family: [
      'Devi', 'Kumar', 'Singh', 'Sharma', 'Ali', 'Yadav', 'Patel', 'Prasad', 'Chand', 'Lal', 'Narayan', 'Khan',
      'Ram', 'Naidu', 'Chandra', 'Nand', 'Lata', 'Deo', 'Reddy', 'Prakash', 'Raj', 'Maharaj', 'Goundar', 'Agarwal',
      'Aggarwal', 'Bansal', 'Bhardwaj', 'Chauhan', 'Dixit', 'Dubey', 'Garg', 'Goel', 'Goyal', 'Gupta', 'Jain', 'Jha',
      'Joshi', 'Kashyap', 'Khare', 'Mishra', 'Mittal', 'Pandey', 'Rastogi', 'Saxena', 'Shukla', 'Sinha',
      'Srivastava', 'Tiwari', 'Trivedi', 'Tripathi', 'Varma', 'Verma', 'Thakur',
    ],
  },
  // Sikh given names are unisex; sex shows in the middle name or surname Singh (male) / Kaur (female).
  punjabi: {
    source: 'joke2k/faker en_IN',
    female: [],
    male: [],
    family: [
      'Ahluwalia', 'Atwal', 'Bains', 'Bajwa', 'Bal', 'Bassi', 'Bath', 'Bedi', 'Bhatia', 'Bhatti', 'Brar', 'Chahal',
      'Chawla', 'Cheema', 'Deol', 'Dhaliwal', 'Dhillon', 'Gill', 'Grewal', 'Johal', 'Khurana', 'Kohli', 'Mangat',
      'Mann', 'Minhas', 'Randhawa', 'Sandhu', 'Sekhon', 'Sethi', 'Sidhu', 'Sodhi', 'Toor', 'Virk', 'Arora', 'Ahuja',
      'Malhotra', 'Khanna', 'Chopra', 'Kapoor', 'Talwar', 'Sahni', 'Sawhney', 'Grover', 'Dhingra', 'Bhalla',
      'Gulati', 'Chadha', 'Kaur', 'Singh',
    ],
  },
  filipino: {
    source: 'https://www.gmanetwork.com/ and others (PSA/NSO data); sigpwned/popular-names-by-country-dataset',
    female: [
      'Althea', 'Angel', 'Samantha', 'Sophia', 'Sofia', 'Andrea', 'Nathalie', 'Princess', 'Angela', 'Chloe',
      'Nicole', 'Angelica', 'Jasmine', 'Mary Joy', 'Kimberly', 'Mariel', 'Mary Grace', 'Maricel', 'Michelle',
      'Jennifer', 'Janice', 'Jocelyn', 'Catherine', 'Mary Anne', 'Rowena', 'Grace', 'Zia', 'Athena', 'Rhian',
      'Jessa Mae', 'Rhea Mae', 'Mary Rose', 'Kyla', 'April Joy', 'Jane',
    ],
    male: [
      'Jacob', 'Nathaniel', 'Gabriel', 'Ezekiel', 'Nathan', 'Ethan', 'Angelo', 'James', 'Matthew', 'Zion', 'Joshua',
      'Christian', 'John Paul', 'Justine', 'John Mark', 'Adrian', 'John Michael', 'John Lloyd', 'Michael', 'Ronald',
      'Ryan', 'Joseph', 'Joel', 'Jeffrey', 'Marlon', 'Richard', 'Noel', 'Jonathan', 'Noah', 'Liam', 'Justin', 'Renz',
      'Clarence', 'John Carl', 'Kevin', 'Jared', 'Xyriel',
    ],
    family: [
      'dela Cruz', 'Garcia', 'Reyes', 'Ramos', 'Mendoza', 'Santos', 'Flores', 'Gonzales', 'Bautista', 'Villanueva',
      'Fernandez', 'Cruz', 'de Guzman', 'Lopez', 'Perez', 'Castillo', 'Francisco', 'Rivera', 'Aquino', 'Castro',
      'Sanchez', 'Torres', 'de Leon', 'Domingo', 'Martinez', 'Rodriguez', 'Santiago', 'Soriano', 'delos Santos',
      'Diaz', 'Hernandez', 'Tolentino', 'Valdez', 'Ramirez', 'Morales', 'Mercado', 'Tan', 'Aguilar', 'Navarro',
      'Manalo', 'Gomez', 'Dizon', 'del Rosario', 'Javier', 'Corpuz', 'Gutierrez', 'Salvador', 'Velasco', 'Miranda',
      'David',
    ],
  },
  // Older given names (parents) come from a 2007-08 dictionary, newer ones from 2019 births.
  korean: {
    source: 'sigpwned/popular-names-by-country-dataset',
    female: [
      'Ji-an', 'Ha-yoon', 'Seo-ah', 'Ha-eun', 'Seo-yun', 'Ha-rin', 'Ji-yoo', 'Ji-woo', 'Soo-ah', 'Ji-a',
    ],
    male: [
      'Seo-jun', 'Ha-joon', 'Do-yun', 'Eun-woo', 'Si-woo', 'Ji-ho', 'Ye-jun', 'Yu-jun', 'Ju-won', 'Min-jun',
    ],
    family: [
      'Kim', 'Lee', 'Park', 'Choi', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin',
      'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Jeon', 'Hong', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Yu',
      'Nam', 'Shim', 'Noh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Woo', 'Koo', 'Yim', 'Na', 'Min', 'Jin', 'Ji', 'Eom',
    ],
  },
  japanese: {
    source: 'joke2k/faker ja_JP; sigpwned/popular-names-by-country-dataset',
    female: [
      'Himari', 'Hinata', 'Hina', 'Rin', 'Uta', 'Haruna', 'Yuina', 'Yuna', 'An', 'Anzu', 'Mio', 'Rei', 'Yua', 'Mei',
      'Riko', 'Sakura', 'Ema', 'Akemi', 'Asuka', 'Kaori', 'Kana', 'Kumiko', 'Sayuri', 'Satomi', 'Chiyo', 'Naoko',
      'Nanami', 'Hanako', 'Haruka', 'Maaya', 'Mai', 'Mikako', 'Miki', 'Momoko', 'Yui', 'Yumiko', 'Yoko', 'Rika',
    ],
    male: [
      'Aoi', 'Ao', 'Nagi', 'Nagisa', 'Ren', 'Haruto', 'Hinato', 'Minato', 'Itsuki', 'Tatsuki', 'Yamato', 'Haruma',
      'Dan', 'Haru', 'Akira', 'Atsushi', 'Osamu', 'Kazuya', 'Kyosuke', 'Kenichi', 'Shota', 'Jun', 'Sotaro', 'Taichi',
      'Taro', 'Takuma', 'Tsubasa', 'Tomoya', 'Naoki', 'Naoto', 'Hideki', 'Hiroshi', 'Manabu', 'Minoru', 'Yuki',
      'Yuta', 'Yasuhiro', 'Yoichi', 'Yosuke', 'Ryosuke', 'Ryohei', 'Rei',
    ],
    family: [
      'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Ito', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato',
      'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Saito', 'Shimizu',
      'Yamazaki', 'Abe', 'Mori', 'Ikeda', 'Hashimoto', 'Yamashita', 'Ishikawa', 'Nakajima', 'Maeda', 'Fujita',
      'Goto', 'Ogawa', 'Okada', 'Hasegawa', 'Murakami', 'Kondo', 'Ishii', 'Endo', 'Sakamoto', 'Aoki', 'Fujii',
      'Nishimura', 'Fukuda', 'Ota', 'Miura', 'Fujiwara', 'Matsuda', 'Okamoto', 'Nakagawa',
    ],
  },
  arabic: {
    source: 'sigpwned/popular-names-by-country-dataset; web pages (header)',
    female: [
      'Sara', 'Latifa', 'Nora', 'Hessa', 'Maysoun', 'Maha', 'Nouf', 'Noor', 'Reema', 'Alanoud', 'Jouri', 'Salma',
      'Naya', 'Mira', 'Lianne', 'Leen', 'Zina', 'Mariam', 'Wateen', 'Tuleen', 'Fatima', 'Zeinab', 'Sarah', 'Maya',
      'Layla', 'Amal', 'Malak', 'Habiba', 'Hana', 'Farah', 'Marwa', 'Nada', 'Shaimaa', 'Fatma', 'Reem', 'Farida',
      'Aya', 'Shahd', 'Ashraqat', 'Sahar', 'Fatin', 'Dalal', 'Doha', 'Fajr', 'Suha', 'Rowan', 'Hosniya', 'Hasnaa',
      'Hosna', 'Gamila', 'Gamalat', 'Ayesha', 'Maryam', 'Hur', 'Lian', 'Nur', 'Hussa', 'Sherifa', 'Aisha', 'Lulwa',
      'Shaikha', 'Rania', 'Hoda', 'Mona', 'Eisha', 'Nesreen', 'Imene', 'Yasmine', 'Amina', 'Meriem', 'Karima',
      'Assia', 'Amira', 'Shayma', 'Khawla',
    ],
    male: [
      'Mohammad', 'Fahd', 'Abdullah', 'Abdulrahman', 'Turki', 'Bandar', 'Omar', 'Ali', 'Adam', 'Ahmed', 'Youssef',
      'Karam', 'Shahem', 'Jad', 'Hashem', 'Elie', 'Charbel', 'Hassan', 'Hussein', 'Ahmad', 'Mina', 'Beshoi',
      'Kirollos', 'Fadi', 'Habib', 'Mohamed', 'Mahmoud', 'Mustafa', 'Yassin', 'Taha', 'Khaled', 'Hamza', 'Bilal',
      'Ibrahim', 'Karim', 'Tareq', 'Abdel-Rahman', 'Halim', 'Murad', 'Selim', 'Abdallah', 'Muhammed', 'Hydar',
      'Hasan', 'Kathem', 'Ammar', 'Abdulla', 'Yousouf', 'Fahad', 'Yousef', 'Abdulaziz', 'Faisal', 'Bader',
      'Mohammed', 'Abdelkader', 'Rachid', 'Said', 'Brahim', 'Djamel', 'Amir', 'Ayoub', 'Wassim', 'Amine', 'Mehdi',
      'Aziz',
    ],
    family: [
      'Haddad', 'Khoury', 'Farah', 'Khalil', 'Sheikh', 'Hakim', 'Masri', 'Khazen', 'Tikriti', 'Kfouri', 'Mohamed',
      'Ali', 'Ahmed', 'Saidi', 'Alaoui', 'Trabelsi', 'Tabet', 'Halabi', 'Beiruti', 'Azar', 'Aoun', 'Karam',
      'Abi-Habib', 'Aridi', 'Mohammed', 'Hassan', 'Hussein', 'Jabbour', 'Nasrallah', 'Saliba', 'Fakhouri', 'Salib',
    ],
  },
  spanish: {
    source: 'sigpwned/popular-names-by-country-dataset',
    female: [
      'Lucía', 'Martina', 'Sofía', 'María', 'Valeria', 'Julia', 'Paula', 'Emma', 'Daniela', 'Carla', 'Valentina',
      'Regina', 'María José', 'Ximena', 'Camila', 'María Fernanda', 'Victoria', 'Renata',
    ],
    male: [
      'Martín', 'Hugo', 'Mateo', 'Leo', 'Lucas', 'Manuel', 'Daniel', 'Alejandro', 'Pablo', 'Álvaro', 'Santiago',
      'Sebastián', 'Matías', 'Emiliano', 'Diego', 'Miguel Ángel', 'Alexander',
    ],
    family: [
      'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Martín', 'Gómez',
      'Ruiz', 'Hernández', 'Jiménez', 'Díaz', 'Álvarez', 'Moreno', 'Muñoz', 'Alonso', 'Gutiérrez', 'Romero',
      'Navarro', 'Torres', 'Domínguez', 'Gil', 'Vázquez', 'Serrano', 'Ramos', 'Blanco', 'Sanz', 'Castro', 'Suárez',
      'Ortega', 'Rubio', 'Molina', 'Delgado', 'Ramírez', 'Morales', 'Ortiz', 'Marín', 'Iglesias', 'Flores',
      'Vásquez', 'Cruz', 'Reyes', 'Mendoza', 'Aguilar', 'Castillo', 'Chávez', 'Rivera', 'Herrera', 'Medina',
      'Vargas', 'Méndez', 'Guzmán', 'Juárez', 'Salazar', 'Rojas', 'Guerrero', 'Contreras', 'Luna', 'Garza',
      'Velásquez', 'Estrada', 'Soto', 'Cortez', 'Lara', 'Espinoza', 'Vega', 'Ávila', 'Cervantes', 'Sandoval',
      'Carrillo', 'Alvarado', 'Silva', 'León', 'Ríos', 'Márquez', 'Campos', 'Ibarra', 'Solís', 'Rosas', 'Miranda',
      'Camacho', 'Valdez', 'Cárdenas', 'Orozco', 'Aguirre', 'Mejía', 'Acosta', 'Padilla', 'Robles', 'Núñez', 'Peña',
      'Cabrera', 'Rosales', 'Pacheco', 'Castañeda', 'Fuentes', 'Valenzuela', 'Rangel', 'Ayala', 'Meza', 'Nava',
      'Valencia', 'Maldonado', 'Ochoa', 'Tapia', 'Salinas', 'Zamora',
    ],
  },
  italian: {
    source: 'sigpwned/popular-names-by-country-dataset',
    female: [
      'Sofia', 'Aurora', 'Giulia', 'Ginevra', 'Beatrice', 'Alice', 'Vittoria', 'Emma', 'Ludovica', 'Matilde',
    ],
    male: [
      'Leonardo', 'Alessandro', 'Tommaso', 'Francesco', 'Lorenzo', 'Edoardo', 'Mattia', 'Riccardo', 'Gabriele',
      'Andrea',
    ],
    family: [
      'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Bruno', 'Ricci', 'Greco', 'Marino',
      'Gallo', 'De Luca', 'Conti', 'Costa', 'Mancini', 'Giordano', 'Rizzo', 'Lombardi', 'Barbieri', 'Moretti',
      'Fontana', 'Caruso', 'Mariani', 'Ferrara', 'Santoro', 'Rinaldi', 'Leone', "D'Angelo", 'Longo', 'Galli',
      'Martini', 'Martinelli', 'Serra', 'Conte', 'Vitale', 'De Santis', 'Marchetti', 'Messina', 'Gentile', 'Villa',
      'Marini', 'Lombardo', 'Coppola', 'Ferri', 'Parisi', 'De Angelis', 'Bianco', 'Amato', 'Fabbri', 'Gatti', 'Sala',
      'Morelli', 'Grasso', 'Pellegrini', 'Ferraro', 'Monti', 'Palumbo', 'Grassi', 'Testa', 'Valentini', 'Carbone',
      'Benedetti', 'Silvestri', 'Farina', "D'Amico", 'Martino', 'Bernardi', 'Caputo', 'Mazza', 'Sanna', 'Fiore',
      'De Rosa', 'Pellegrino', 'Giuliani', 'Rizzi', 'Di Stefano', 'Cattaneo', 'Rossetti', 'Orlando', 'Basile',
      'Neri', 'Barone', 'Palmieri', 'Riva', 'Romeo', 'Franco', 'Sorrentino', 'Pagano', "D'Agostino", 'Piras',
      'Ruggiero', 'Montanari', 'Battaglia', 'Bellini', 'Castelli', 'Guerra', 'Poli', 'Valente', 'Ferretti',
    ],
  },
  // Greek women's surnames take the genitive form (Papadopoulos -> Papadopoulou); only male forms are listed.
  greek: {
    source: 'https://greekcitytimes.com/ and others; sigpwned/popular-names-by-country-dataset',
    female: [
      'Maria', 'Eleni', 'Aikaterini', 'Vasiliki', 'Sophia', 'Angeliki', 'Georgia', 'Dimitra', 'Konstantina',
      'Paraskevi', 'Androula', 'Panagiota', 'Anna', 'Christina', 'Katerina', 'Ioanna', 'Kyriaki',
    ],
    male: [
      'Georgios', 'Ioannis', 'Konstantinos', 'Dimitrios', 'Nikolaos', 'Panagiotis', 'Vasileios', 'Christos',
      'Athanasios', 'Michail', 'Andreas', 'Michalis', 'Marios',
    ],
    family: [
      'Papadopoulos', 'Pappas', 'Karagiannis', 'Vlahos', 'Ioannidis', 'Oikonomou', 'Papageorgiou', 'Makris',
      'Konstantinidis', 'Dimopoulos', 'Georgiadis', 'Economou', 'Papadimitriou', 'Papadakis', 'Papanikolaou',
      'Panagiotopoulos', 'Vasiliou', 'Giannopoulos', 'Nikolaou', 'Vasiliadis', 'Mylonas', 'Raptis', 'Psomas',
      'Samaras', 'Tsopanidis', 'Kanatas', 'Sideras', 'Georgiou', 'Nikolopoulos', 'Christopoulos', 'Giannakopoulos',
      'Filippidis', 'Vlachos', 'Charalambous', 'Ioannou', 'Constantinou', 'Maniatis',
    ],
  },
  nepali: {
    source: '@faker-js/faker 10.6.0 locale en_NP; sigpwned/popular-names-by-country-dataset',
    female: [
      'Shristi', 'Sunita', 'Rabina', 'Asmita', 'Niharika', 'Binita', 'Aasha', 'Kabita', 'Sita', 'Gita', 'Ajita',
      'Amita', 'Ashmi', 'Bina', 'Deepika', 'Laxmi', 'Manisha', 'Nikita', 'Pooja', 'Rajina', 'Ratna', 'Sarita',
      'Shilpa', 'Shirisha', 'Susan',
    ],
    male: [
      'Krishna', 'Kiran', 'Bishal', 'Bibek', 'Siddhartha', 'Manish', 'Mahesh', 'Kamal', 'Prem', 'Prakash', 'Aarav',
      'Amit', 'Amrit', 'Arijit', 'Bijay', 'Bikash', 'Bishnu', 'Buddha', 'Dipendra', 'Gagan', 'Ganesh', 'Khem',
      'Nabin', 'Niraj', 'Nischal', 'Padam', 'Prabin', 'Prashant', 'Purna', 'Rajendra', 'Raju', 'Rakesh', 'Ranjan',
      'Sagar', 'Sandeep', 'Sanjay', 'Santosh', 'Subash', 'Sumeet', 'Suraj', 'Sushant',
    ],
    family: [
      'Chaudhary', 'Chowdhury', 'Tamang', 'Gurung', 'Thapa', 'Rana', 'Yadav', 'Magar', 'Rai', 'Shrestha', 'Lama',
      'Chhetri', 'Chetry', 'Shah', 'Sah', 'Sharma', 'Singh', 'Bishwakarma', 'Maharjan', 'Nepali', 'Pariyar',
      'Pokharel', 'Pokhrel', 'Tharu', 'Adhikari', 'Aryal', 'Baral', 'Basnet', 'Bastola', 'Bhandari', 'Bhattarai',
      'Chettri', 'Devkota', 'Dhakal', 'Ghale', 'Gyawali', 'Hamal', 'KC', 'Kafle', 'Karki', 'Khadka', 'Koirala',
      'Limbu', 'Niroula', 'Pandey', 'Pradhan', 'Raut', 'Shakya', 'Sherpa', 'Subedi',
    ],
  },
  afrikaans: {
    source: 'faker-js/faker src/locales/af_ZA/person',
    female: [
      'Alicia', 'Alma', 'Amanda', 'Amelia', 'Angelique', 'Angie', 'Anita', 'Anna', 'Annelie', 'Annette',
      'Antoinette', 'Audrey', 'Belinda', 'Bernadette', 'Bernice', 'Brenda', 'Bridgette', 'Carla', 'Carmen', 'Cecile',
      'Charlene', 'Charlotte', 'Cindy', 'Clara', 'Debbie', 'Edith', 'Edna', 'Elaine', 'Eleanor', 'Elisa', 'Ellen',
      'Eloise', 'Elsa', 'Erika', 'Estelle', 'Ethel', 'Geraldine', 'Hazel', 'Heidi', 'Helen', 'Ida', 'Jana', 'Janet',
      'Jenna', 'Jenny', 'Jolanda', 'Juanita', 'Karen', 'Karla', 'Katrina', 'Katryn', 'Kayla', 'Kerry', 'Kimberly',
      'Krista', 'Kristie', 'Kristin', 'Kristina', 'Krystal', 'Leona', 'Leticia', 'Linda', 'Lisa', 'Lucille', 'Lydia',
      'Lynda', 'Lynette', 'Margaret', 'Marie', 'Marlene', 'Maureen', 'Melanie', 'Melinda', 'Melissa', 'Michele',
      'Monica', 'Monique', 'Nadine', 'Natalie', 'Natasha', 'Nicoleen', 'Nina', 'Olivia', 'Paula', 'Pauline',
      'Renette', 'Rhonda', 'Rita', 'Robin', 'Robyn', 'Rosalie', 'Rosemarie', 'Rosemary', 'Sandra', 'Sara', 'Sonia',
      'Sonja', 'Stefanie', 'Sue-Marie', 'Susan', 'Tanya', 'Tasha', 'Vanessa', 'Vickie', 'Wilma', 'Yvette', 'Yvonne',
    ],
    male: [
      'Adam', 'Adriaan', 'Alan', 'Albert', 'Alexander', 'Allen', 'Andre', 'Anthony', 'Bennie', 'Bernard', 'Billy',
      'Bobbie', 'Brian', 'Cameron', 'Cecil', 'Charl', 'Chris', 'Christopher', 'Conrad', 'Craig', 'Dale', 'Daniel',
      'Dante', 'David', 'Dennis', 'Derek', 'Derrick', 'Duanne', 'Earl', 'Eddie', 'Edward', 'Erik', 'Ernest',
      'Eugene', 'Francois', 'Frankie', 'George', 'Gerald', 'Gerhard', 'Hannes', 'Harry', 'Harvey', 'Henrie',
      'Herman', 'Hugo', 'Ian', 'Iwan', 'Jaco', 'Jacobus', 'Jacques', 'Jan', 'Jimmy', 'Joe', 'Johan', 'Johannes',
      'Joshua', 'Julian', 'Karl', 'Kenneth', 'Kevin', 'Leonard', 'Louis', 'Lukas', 'Mark', 'Markus', 'Martin',
      'Michael', 'Mike', 'Morne', 'Neil', 'Nick', 'Oscar', 'Paul', 'Phillip', 'Pieter', 'Raymond', 'Riaan',
      'Richard', 'Rick', 'Rigard', 'Robert', 'Roland', 'Ronald', 'Roy', 'Ruben', 'Rudolph', 'Rudy', 'Rufus',
      'Russell', 'Shaun', 'Shawn', 'Simon', 'Stephen', 'Steve', 'Steven', 'Theo', 'Theunis', 'Theuns', 'Thomas',
      'Tommie', 'Vernon', 'Victor', 'Vincent', 'Wayne', 'Wesley', 'Wessel', 'Wilbur', 'Willem', 'William', 'Willie',
    ],
    family: [
      'Ackerman', 'Albertyn', 'Aucamp', 'Badenhorst', 'Barnard', 'Basson', 'Bekker', 'Bester', 'Bezuidenhout',
      'Boje', 'Bosch', 'Boshoff', 'Bosman', 'Botha', 'Bredenkamp', 'Brink', 'Brits', 'Burger', 'Carstens',
      'Castelyn', 'Castens', 'Cilliers', 'Claasen', 'Cloete', 'Dippenaar', 'Duminy', 'Durand', 'Eksteen', 'Els',
      'Erasmus', 'Etzebeth', 'Ferreira', 'Fichardt', 'Fourie', 'Gerber', 'Goosen', 'Hanekom', 'Hattingh', 'Hertzog',
      'Heunis', 'Hoffman', 'Hougaard', 'Human', 'Immelman', 'Jansen van Rensburg', 'Jantjies', 'Jordaan', 'Joubert',
      'Kallis', 'Kirsten', 'Knoetze', 'Koen', 'Kriel', 'Krige', 'Kruger', 'Langeveldt', 'Laubscher', 'Lochner',
      'Lombard', 'Lotter', 'Loubser', 'Louw', 'Luyt', 'Malan', 'Marais', 'Meintjies', 'Melker', 'Mellett', 'Meyer',
      'Morkel', 'Mostert', 'Myburg', 'Myburgh', 'Naude', 'Nel', 'Olivier', 'Oosthuizen', 'Paulse', 'Philander',
      'Pienaar', 'Pieterse', 'Potgieter', 'Pretorius', 'Prinsloo', 'Rens', 'Richter', 'Roos', 'Rossouw', 'Schmidt',
      'Schoeman', 'Scholtz', 'Serfontein', 'Smit', 'Snyman', 'Spies', 'Steenkamp', 'Stegmann', 'Steyn', 'Strauss',
      'Styger', 'Swart', 'Theron', 'Theunissen', 'Tromp', 'Truter', 'Uys', 'Veldsman', 'Venter', 'Versfeld',
      'Viljoen', 'Visagie', 'Visser', 'Viviers', 'Vogel', 'Vosloo', 'Wagenaar', 'Wentzel', 'Wessels', 'Wolmerans',
      'Zimmerman', 'de Bruyn', 'de Jager', 'de Klerk', 'de Kock', 'de Villiers', 'de Vos', 'de Waal', 'de Wet',
      'du Plessis', 'du Preez', 'le Roux', 'van Buuren', 'van Deventer', 'van Heerden', 'van Jaarsveld',
      'van Niekerk', 'van Renen', 'van Rooyen', 'van Staden', 'van Zyl', 'van den Berg', 'van der Bijl',
      'van der Hoff', 'van der Westhuyzen',
    ],
  },
};
