/**
 * Word lists for synthetic children in a Leeds-like English city. Every name, address, school
 * and practice is invented or commonplace; numbers come from ranges reserved for fiction and
 * testing (NHS 999…, telephone 07700 900xxx). Weights are rough popularity, not statistics.
 *
 * Lists are written as 'Name:weight, Name:weight' strings to keep this file readable; a name
 * without a weight counts 1.
 */

export type Heritage =
  | 'british'
  | 'irish'
  | 'traveller'
  | 'polish'
  | 'romanian'
  | 'roma'
  | 'caribbean'
  | 'pakistani'
  | 'bangladeshi'
  | 'sikh'
  | 'hindu'
  | 'chinese'
  | 'nigerian'
  | 'somali'
  | 'ghanaian'
  | 'eritrean'
  | 'arab'
  | 'kurdish';

export type NamePools = {
  boys: string;
  girls: string;
  surnames: string;
  /** Given names of parents' generation, when they differ from the children's. */
  men?: string;
  women?: string;
  /** Of grandparents' generation. */
  olderWomen?: string;
  olderMen?: string;
  /** Weighted languages the parents speak first. */
  parentLanguages: string;
  /** Chance a child whose parents speak another language has it as their own first language. */
  childKeepsLanguage: number;
};

const britishSurnames =
  'Smith:100, Jones:60, Taylor:55, Brown:55, Williams:50, Wilson:48, Johnson:40, Davies:35, Robinson:38, Wright:42, ' +
  'Thompson:40, Evans:30, Walker:45, White:32, Roberts:30, Green:32, Hall:38, Wood:40, Jackson:34, Clarke:34, ' +
  'Harrison:26, Turner:24, Hill:26, Cooper:22, Ward:24, Morris:20, Moore:20, King:18, Watson:22, Baker:18, ' +
  'Lee:20, Allen:16, Young:18, Mitchell:16, Martin:16, Scott:16, Marshall:14, Shaw:22, Atkinson:20, Holmes:18, ' +
  'Parker:16, Lewis:16, Edwards:16, Hughes:16, Bailey:14, Wilkinson:22, Ellis:14, Harris:16, Kelly:12, Dixon:14, ' +
  'Barker:16, Fletcher:14, Booth:20, Hirst:18, Sykes:18, Barraclough:12, Haigh:14, Ackroyd:10, Illingworth:10, ' +
  'Holroyd:10, Greenwood:16, Crowther:12, Firth:14, Dyson:12, Lister:14, Marsden:12, Schofield:14, Hudson:14, ' +
  'Sutcliffe:12, Whitaker:12, Pickles:8, Pearson:16, Armitage:12, Brook:12, Brooke:10, Mason:14, Kaye:10, Rhodes:12, ' +
  'Exley:6, Gaunt:6, Beaumont:10, Bentley:12, Stead:10, Broadbent:8, Naylor:12, Hargreaves:12, Walsh:14, Horsfall:6, ' +
  'Sugden:6, Ramsden:8, Lockwood:10, Ingham:8, Priestley:8, Oldroyd:6, Thornton:12, Pollard:8, Jowett:6, Haley:8, ' +
  'Cartwright:8, Chapman:14, Bell:14, Richardson:16, Cook:14, Morgan:12, Carter:14, Phillips:12, Davis:12, ' +
  'Simpson:14, Knowles:8, Webster:12, Nicholson:10, Gill:10, Spencer:10, Hunter:8, Dawson:12, Rushworth:6, ' +
  'Binns:6, Tate:6, Stephenson:10, Fox:8, Lambert:8, Moss:8, Gibson:10, Sharp:10, Newton:8, Bradley:10, ' +
  'Nelson:6, Foster:10, Barnes:10, Reynolds:8, Kirk:8, Hartley:12, Riley:10, Lawson:8, Gray:10';

const britishBoys =
  'Oliver:100, George:90, Harry:90, Noah:80, Jack:85, Leo:70, Arthur:65, Charlie:75, Oscar:60, Jacob:60, ' +
  'Thomas:65, William:60, Alfie:60, Freddie:55, Theo:55, Henry:50, Archie:55, Joshua:50, James:55, Logan:40, ' +
  'Ethan:45, Lucas:40, Mason:40, Max:38, Isaac:36, Teddy:35, Alexander:35, Finley:35, Tommy:30, Harrison:30, ' +
  'Daniel:30, Samuel:30, Joseph:30, Dylan:28, Riley:28, Jaxon:22, Reggie:22, Albie:22, Ronnie:20, Louie:20, ' +
  'Kai:20, Tyler:20, Liam:18, Luke:18, Ryan:15, Callum:15, Kyle:12, Bobby:20, Frankie:18, Elijah:25, ' +
  'Sebastian:22, Edward:20, Reuben:15, Toby:18, Harvey:20, Jake:18, Lewis:15, Connor:15, Benjamin:18';

const britishGirls =
  'Olivia:100, Amelia:95, Isla:80, Ava:80, Mia:70, Ivy:55, Lily:70, Isabella:60, Sophia:55, Grace:55, ' +
  'Freya:55, Florence:45, Willow:45, Poppy:50, Evie:50, Ella:50, Emily:55, Sienna:35, Harper:35, Charlotte:45, ' +
  'Daisy:40, Phoebe:35, Millie:40, Ruby:45, Rosie:40, Matilda:30, Elsie:35, Evelyn:30, Sophie:40, Jessica:30, ' +
  'Chloe:35, Lucy:35, Holly:25, Megan:25, Erin:25, Maisie:30, Layla:30, Hallie:20, Aria:30, Eliza:25, ' +
  'Bonnie:18, Darcie:20, Lola:25, Scarlett:30, Hannah:25, Ellie:35, Amber:20, Niamh:15, Paige:15, Lacey:15, ' +
  'Molly:30, Bethany:15, Thea:25, Violet:25';

const britishMen =
  'David:30, Paul:28, Mark:28, James:30, Andrew:25, Daniel:30, Christopher:28, Michael:25, Richard:18, Lee:22, ' +
  'Craig:20, Matthew:25, Stephen:18, Jamie:20, Ryan:20, Ben:18, Adam:22, Gary:12, Wayne:12, Carl:12, Dean:12, ' +
  'Scott:15, Liam:15, Thomas:20, Jonathan:12, Simon:12, Darren:12, Kieran:10, Nathan:12, Sam:12';

const britishWomen =
  'Sarah:30, Emma:30, Laura:28, Gemma:25, Rebecca:25, Claire:20, Nicola:20, Kelly:20, Hayley:18, Amy:25, ' +
  'Lisa:15, Jennifer:15, Stacey:15, Natalie:18, Charlotte:20, Jade:18, Leanne:15, Danielle:18, Kirsty:12, ' +
  'Victoria:15, Rachel:18, Katie:18, Louise:15, Zoe:12, Helen:12, Lauren:18, Jodie:12, Chelsea:10, Sophie:12';

const britishOlderWomen =
  'Susan:20, Julie:20, Karen:20, Linda:15, Tracey:18, Deborah:15, Janet:12, Christine:12, Margaret:10, ' +
  'Carol:12, Angela:15, Jacqueline:10, Sharon:15, Elaine:10, Dawn:12, Wendy:10, Lorraine:10';

const britishOlderMen =
  'Peter:15, John:20, Stephen:15, Alan:12, Keith:10, Ian:15, Graham:12, Kevin:15, Trevor:8, Brian:8, Colin:10';

export const namePools: Record<Heritage, NamePools> = {
  british: {
    boys: britishBoys,
    girls: britishGirls,
    surnames: britishSurnames,
    men: britishMen,
    women: britishWomen,
    olderWomen: britishOlderWomen,
    olderMen: britishOlderMen,
    parentLanguages: 'English',
    childKeepsLanguage: 1,
  },
  irish: {
    boys: `${britishBoys}, Sean:20, Conor:25, Cian:15, Oisin:10, Patrick:20, Ronan:10, Niall:10`,
    girls: `${britishGirls}, Aoife:20, Niamh:20, Ciara:20, Saoirse:15, Orla:15, Siobhan:8, Roisin:10`,
    surnames:
      "Murphy:30, Kelly:25, O'Brien:25, Ryan:20, Byrne:20, O'Connor:20, Walsh:20, McCarthy:15, Doyle:15, " +
      "Gallagher:15, O'Neill:18, Quinn:12, Brennan:10, Duffy:10, Kennedy:12, Lynch:12, Nolan:10, Flanagan:8",
    men: `${britishMen}, Sean:15, Declan:10, Patrick:12, Ciaran:10`,
    women: `${britishWomen}, Siobhan:10, Aoife:8, Mairead:6`,
    olderWomen: `${britishOlderWomen}, Bernadette:10, Maureen:10, Bridget:8`,
    olderMen: `${britishOlderMen}, Seamus:5, Michael:10`,
    parentLanguages: 'English',
    childKeepsLanguage: 1,
  },
  traveller: {
    boys: 'John:20, Patrick:20, Michael:20, Martin:15, Thomas:15, James:15, Johnny:10, Tommy:10, Jimmy:8, Joe:8',
    girls: 'Mary:20, Bridget:15, Margaret:15, Kathleen:12, Ellen:12, Nora:10, Winnie:8, Chantelle:8, Shannon:8',
    surnames:
      'Ward:20, McDonagh:20, Connors:18, Doran:10, Maughan:15, Joyce:12, Stokes:12, Delaney:8, Price:10, ' +
      'Lee:10, Murphy:8, Cash:6, Smith:10, Boswell:5, Lowther:5',
    parentLanguages: 'English',
    childKeepsLanguage: 1,
  },
  polish: {
    boys:
      'Jakub:20, Szymon:18, Filip:18, Kacper:16, Antoni:14, Aleksander:14, Franciszek:12, Mikołaj:12, ' +
      'Wojciech:8, Oliwer:14, Adam:14, Bartosz:8, Dawid:10, Igor:10, Oskar:10, Nikodem:6',
    girls:
      'Zuzanna:20, Julia:20, Lena:18, Maja:18, Hanna:16, Zofia:16, Amelia:14, Oliwia:16, Alicja:12, ' +
      'Wiktoria:12, Natalia:12, Laura:8, Pola:6, Gabriela:8, Nikola:8',
    surnames:
      'Nowak:25, Wójcik:15, Kowalczyk:15, Woźniak:12, Mazur:12, Krawczyk:10, Kaczmarek:10, Zając:8, Król:8, ' +
      'Wróbel:8, Dudek:6, Pawlak:6, Michalak:5, Sikora:6, Baran:5, Nowicki:4, Kubiak:5, Walczak:5, Jabłoński:3',
    men: 'Piotr:20, Tomasz:20, Paweł:18, Marcin:18, Michał:18, Krzysztof:15, Łukasz:15, Kamil:12, Mateusz:12, Rafał:10',
    women: 'Anna:20, Katarzyna:18, Agnieszka:16, Magdalena:15, Monika:14, Joanna:14, Ewa:12, Marta:12, Karolina:10',
    olderWomen: 'Barbara:15, Teresa:12, Krystyna:12, Danuta:10, Halina:8, Elżbieta:12',
    olderMen: 'Stanisław:10, Andrzej:12, Jan:12, Józef:8, Zbigniew:8',
    parentLanguages: 'Polish',
    childKeepsLanguage: 0.6,
  },
  romanian: {
    boys: 'Andrei:20, Alexandru:18, David:15, Ștefan:12, Gabriel:12, Luca:12, Matei:10, Darius:8, Ionuț:6',
    girls: 'Maria:20, Ioana:18, Elena:15, Andreea:12, Sofia:14, Alexandra:12, Bianca:10, Daria:10, Ana:10',
    surnames:
      'Popescu:20, Ionescu:15, Popa:15, Stan:10, Dumitru:12, Munteanu:10, Constantin:10, Stoica:8, Gheorghe:8, ' +
      'Rusu:8, Marin:8, Moldovan:6',
    men: 'Ion:15, Mihai:15, Florin:12, Adrian:12, Cristian:12, Marius:10, Bogdan:10, Vasile:8',
    women: 'Mihaela:12, Alina:12, Cristina:12, Florentina:8, Daniela:10, Georgiana:8, Ramona:8',
    parentLanguages: 'Romanian',
    childKeepsLanguage: 0.6,
  },
  roma: {
    boys: 'Dominik:20, Patrik:18, Denis:15, Marek:12, Jozef:12, Kevin:10, Roman:10, Martin:10, Samuel:8, Erik:8',
    girls: 'Denisa:18, Natália:15, Nikola:15, Vanesa:12, Simona:12, Klaudia:12, Veronika:10, Sabina:10, Kristína:8',
    surnames:
      'Horváth:20, Balog:18, Lakatoš:15, Kováč:12, Dužda:10, Oláh:10, Gabor:10, Červeňák:8, Pompa:6, Rusnák:6, ' +
      'Demeter:8, Kotlár:6, Giňa:5, Mižigár:4',
    men: 'Ján:15, Milan:15, Peter:12, Ladislav:10, Tibor:10, Štefan:10, Miroslav:10, Jozef:10',
    women: 'Mária:15, Helena:12, Jana:12, Monika:12, Renáta:10, Silvia:10, Iveta:10, Zuzana:10',
    parentLanguages: 'Slovak:50, Czech:30, Romany:20',
    childKeepsLanguage: 0.7,
  },
  caribbean: {
    boys: `${britishBoys}, Tyrese:10, Jayden:15, Marcus:12, Nathaniel:10, Isaiah:12, Malachi:10`,
    girls: `${britishGirls}, Aaliyah:12, Jada:10, Tiana:10, Nia:10, Shanice:6, Imani:8`,
    surnames:
      'Campbell:20, Brown:20, Williams:20, Johnson:15, Thomas:15, Grant:12, Francis:12, Clarke:12, Reid:12, ' +
      'Henry:10, Morgan:8, Edwards:10, Lewis:10, Stewart:8, Gordon:8, Samuels:6, Bennett:8, Richards:8, Joseph:6',
    men: `${britishMen}, Marlon:8, Delroy:6, Winston:4, Leon:10, Andre:8`,
    women: `${britishWomen}, Marcia:6, Sonia:6, Keisha:8, Simone:8, Tanya:6`,
    olderWomen: 'Pauline:10, Beverley:10, Hyacinth:6, Marcia:8, Yvonne:8, Joan:6',
    olderMen: 'Winston:8, Clive:8, Delroy:8, Errol:6, Lloyd:8',
    parentLanguages: 'English',
    childKeepsLanguage: 1,
  },
  pakistani: {
    boys:
      'Muhammad:60, Mohammed:40, Ibrahim:25, Yusuf:22, Ayaan:20, Zayn:20, Musa:18, Adam:18, Hamza:18, Ali:16, ' +
      'Umar:15, Rayyan:15, Haroon:8, Bilal:10, Zakariya:10, Abdullah:12, Hassan:10, Idris:8, Eesa:8, Arham:6',
    girls:
      'Maryam:30, Aisha:25, Fatima:25, Hafsa:15, Zara:20, Inaya:18, Aminah:15, Hana:15, Khadijah:12, Zainab:15, ' +
      'Safa:10, Anaya:15, Mariam:10, Sana:8, Alisha:10, Amna:8, Iqra:8, Noor:10',
    surnames:
      'Khan:40, Hussain:30, Ahmed:25, Ali:22, Mahmood:15, Iqbal:15, Akhtar:12, Butt:8, Shah:12, Rehman:10, ' +
      'Mirza:6, Aslam:8, Riaz:8, Saleem:8, Qureshi:8, Malik:12, Javed:8, Rashid:8, Bashir:8, Anwar:6, Ashraf:6, Nawaz:6',
    men: 'Imran:20, Mohammed:25, Asif:15, Tariq:12, Adnan:12, Zahid:10, Kamran:10, Sajid:10, Naveed:10, Faisal:10, Usman:10',
    women: 'Saima:15, Nadia:15, Shazia:15, Rubina:10, Samina:10, Aisha:12, Sadia:12, Uzma:10, Farzana:10, Bushra:10',
    olderWomen: 'Parveen:15, Nasreen:12, Shamim:10, Zubaida:8, Razia:8, Bibi:6',
    olderMen: 'Mohammed:15, Abdul:12, Bashir:8, Rafiq:8',
    parentLanguages: 'Urdu:55, Panjabi:30, English:15',
    childKeepsLanguage: 0.55,
  },
  bangladeshi: {
    boys: 'Muhammad:30, Mohammed:20, Rayan:12, Ibrahim:12, Yusuf:10, Ayaan:10, Zayan:10, Ismail:8, Arif:6, Sami:8',
    girls: 'Maryam:15, Aisha:12, Fatima:12, Tasnim:10, Ayesha:10, Sumaiya:10, Nusrat:8, Raisa:8, Inaya:10',
    surnames: 'Miah:25, Uddin:20, Rahman:20, Islam:15, Ahmed:15, Chowdhury:12, Hoque:10, Ali:10, Hussain:8, Khatun:4',
    men: 'Abdul:20, Mohammed:20, Shahid:10, Jamal:10, Rofik:8, Kamal:8, Anwar:8',
    women: 'Shirin:12, Rokeya:10, Nazma:12, Salma:12, Ruksana:10, Shahida:10, Jahanara:8',
    olderWomen: 'Begum:12, Rahima:10, Amina:10',
    parentLanguages: 'Bengali:85, English:15',
    childKeepsLanguage: 0.6,
  },
  sikh: {
    boys: 'Arjun:15, Harjot:12, Gurveer:10, Jaskaran:10, Manveer:10, Aryan:10, Harvir:8, Jaivir:8, Simran:4',
    girls: 'Simran:12, Harleen:12, Jasleen:10, Amrit:10, Gurleen:10, Navneet:8, Manpreet:8, Prabhleen:8',
    surnames: 'Singh:30, Kaur:10, Gill:15, Sandhu:12, Sidhu:10, Dhillon:10, Bains:8, Johal:8, Grewal:6, Atwal:6',
    men: 'Gurpreet:15, Harpreet:12, Jaswinder:12, Kulwinder:10, Manjit:10, Sukhdev:8, Rajinder:8',
    women: 'Manpreet:15, Rajinder:10, Harjit:10, Kiranjit:10, Baljit:10, Sukhjit:8, Jaspreet:10',
    parentLanguages: 'Panjabi:70, English:30',
    childKeepsLanguage: 0.4,
  },
  hindu: {
    boys: 'Aarav:15, Vihaan:12, Krish:12, Rohan:12, Dev:10, Aryan:10, Ishaan:10, Kabir:8, Rahul:6, Nikhil:6',
    girls: 'Anaya:12, Diya:12, Priya:12, Aanya:10, Isha:10, Meera:10, Riya:10, Saanvi:8, Kavya:8, Tara:6',
    surnames:
      'Patel:40, Sharma:15, Mistry:10, Parmar:10, Kumar:10, Shah:10, Mehta:8, Joshi:6, Desai:6, Lad:4, Chauhan:6',
    men: 'Rajesh:12, Sanjay:12, Vijay:10, Amit:12, Nitin:8, Suresh:8, Ravi:10, Anil:8',
    women: 'Pooja:12, Neha:10, Anjali:10, Sunita:10, Priti:10, Hema:8, Kiran:8, Nisha:10',
    parentLanguages: 'Gujarati:35, Hindi:25, Tamil:15, English:25',
    childKeepsLanguage: 0.45,
  },
  chinese: {
    boys: `Ethan:10, Lucas:10, Jayden:8, Ryan:8, Hao:6, Jun:6, Yi:4, Kai:6, Daniel:6, Leo:6`,
    girls: `Chloe:10, Emily:10, Grace:8, Mei:6, Lily:8, Xinyi:4, Yan:4, Jasmine:6, Zoe:6`,
    surnames: 'Wang:15, Li:15, Zhang:12, Chen:12, Liu:10, Yang:8, Huang:8, Wong:12, Cheung:8, Lin:8, Chan:10, Lam:6',
    men: 'Wei:12, Jian:10, Ming:10, Kevin:6, Tony:6, Hong:6, Lei:8',
    women: 'Li:10, Fang:10, Jing:10, Xiu:6, Yan:8, Mei:8, Ling:8',
    parentLanguages: 'Chinese (Mandarin):50, Chinese (Cantonese):35, English:15',
    childKeepsLanguage: 0.5,
  },
  nigerian: {
    boys:
      'David:12, Daniel:12, Emmanuel:12, Samuel:10, Joshua:10, Chidi:8, Tobi:8, Tobenna:6, Oluwaseun:6, Ayomide:8, ' +
      'Chukwuemeka:6, Ifeanyi:6, Tomiwa:6, Michael:8',
    girls:
      'Favour:10, Blessing:8, Precious:8, Esther:8, Adaeze:8, Chioma:8, Temiloluwa:6, Ayomide:6, Deborah:8, Zara:6, Grace:8, Ifeoma:6',
    surnames:
      'Okafor:12, Adeyemi:12, Okonkwo:10, Adebayo:10, Eze:10, Nwosu:8, Ogunleye:8, Oladipo:6, Balogun:8, Obi:8, ' +
      'Chukwu:8, Afolabi:8, Okoro:8, Bello:6',
    men: 'Oluwaseun:8, Chinedu:10, Emeka:10, Tunde:10, Femi:10, Ikenna:8, Segun:8, Uche:8',
    women: 'Ngozi:10, Funmilayo:8, Chiamaka:8, Yetunde:8, Bukola:8, Adaobi:8, Folake:8, Nkechi:8',
    parentLanguages: 'English:55, Yoruba:25, Igbo:20',
    childKeepsLanguage: 0.3,
  },
  somali: {
    boys: 'Mohamed:20, Abdirahman:12, Abdullahi:12, Hassan:10, Ahmed:10, Yusuf:10, Ayaan:8, Khalid:8, Hamza:8, Liban:6',
    girls: 'Hodan:10, Hibo:10, Ayaan:8, Ifrah:10, Sagal:10, Amina:12, Hamdi:8, Nasra:8, Fartun:6, Sumaya:8',
    surnames:
      'Mohamed:20, Ali:15, Hassan:15, Abdi:15, Farah:12, Warsame:10, Osman:10, Ahmed:10, Hussein:10, Omar:8, ' +
      'Jama:10, Abdullahi:8, Nur:8, Yusuf:8, Aden:8',
    men: 'Abdi:12, Ahmed:12, Mohamed:15, Abdirashid:8, Farah:8, Mukhtar:8, Hussein:8',
    women: 'Fadumo:12, Halima:12, Khadra:10, Sahra:10, Asha:10, Hawa:10, Deqa:8',
    parentLanguages: 'Somali:90, English:10',
    childKeepsLanguage: 0.55,
  },
  ghanaian: {
    boys: 'Kwame:12, Kofi:12, Kwabena:8, Nana:8, Daniel:8, Emmanuel:8, Jeremiah:6, Prince:6',
    girls: 'Ama:12, Akua:10, Abena:10, Efua:8, Grace:8, Nana:8, Princess:6, Adwoa:8',
    surnames: 'Mensah:15, Owusu:12, Boateng:12, Asante:10, Osei:12, Appiah:10, Amoah:8, Acheampong:8',
    men: 'Kwame:10, Kofi:10, Yaw:10, Kwaku:10, Samuel:8',
    women: 'Akosua:10, Abena:10, Efua:8, Comfort:8, Gifty:8, Patience:8',
    parentLanguages: 'English:50, Twi:50',
    childKeepsLanguage: 0.3,
  },
  eritrean: {
    boys: 'Yonas:12, Daniel:10, Samuel:10, Robel:8, Abel:8, Natnael:8, Filmon:6, Eyob:6',
    girls: 'Selam:12, Helen:10, Ruth:8, Feven:8, Saron:8, Rahel:8, Hiwet:6, Eden:8',
    surnames: 'Tesfay:12, Gebremariam:10, Haile:12, Kidane:10, Tekle:10, Berhane:10, Weldu:8, Yohannes:8, Gebru:8',
    men: 'Tesfay:10, Mehari:8, Habtom:8, Yemane:8, Kibrom:8',
    women: 'Tsega:10, Mebrat:8, Senait:10, Almaz:8, Azeb:8',
    parentLanguages: 'Tigrinya:85, Arabic:15',
    childKeepsLanguage: 0.6,
  },
  arab: {
    boys: 'Omar:15, Yusuf:15, Adam:12, Ahmad:12, Mohammed:15, Ali:10, Karim:8, Zaid:8, Hamza:8, Khaled:6',
    girls: 'Maryam:15, Fatima:12, Layla:12, Noor:12, Sara:10, Jana:10, Lina:8, Rania:6, Huda:6, Yasmin:8',
    surnames:
      'Al-Ali:8, Hassan:12, Ibrahim:12, Mahmoud:10, Saleh:10, Abdullah:10, Mustafa:10, Yousef:8, Khalil:8, Al-Masri:6',
    men: 'Ahmad:10, Mahmoud:10, Khaled:10, Tarek:8, Walid:8, Sami:8, Mohammed:12',
    women: 'Hanan:10, Rania:10, Samar:8, Amal:10, Reem:8, Dalia:8, Huda:8',
    parentLanguages: 'Arabic:90, English:10',
    childKeepsLanguage: 0.6,
  },
  kurdish: {
    boys: 'Aram:10, Karwan:8, Zana:8, Rebin:8, Soran:6, Hawre:6, Ali:8, Omar:8, Adam:10, Dilan:4',
    girls: 'Rojin:10, Dilan:8, Shilan:8, Zhina:8, Avin:8, Lana:10, Sara:10, Hana:8',
    surnames: 'Ahmed:12, Mohammed:12, Karim:10, Aziz:10, Rasul:8, Hamid:8, Abdullah:8, Qadir:8, Salih:8',
    men: 'Kawa:8, Hiwa:8, Sherko:8, Dara:8, Rebwar:8',
    women: 'Shno:8, Kazhal:8, Nasrin:8, Gulala:8, Bahar:8',
    parentLanguages: 'Kurdish:85, Arabic:15',
    childKeepsLanguage: 0.6,
  },
};

/**
 * DfE ethnicity codes with a share loosely based on an English city's school census, and the
 * heritages whose names a family of that ethnicity is drawn from (with weights).
 */
export const ethnicityTable: readonly {
  code: string;
  weight: number;
  heritages: string;
  /** Families of 'any other …' backgrounds say which. */
  other?: string;
}[] = [
  { code: 'WBRI', weight: 620, heritages: 'british' },
  { code: 'WIRI', weight: 6, heritages: 'irish' },
  { code: 'WIRT', weight: 2, heritages: 'traveller' },
  { code: 'WROM', weight: 8, heritages: 'roma' },
  {
    code: 'WOTH',
    weight: 50,
    heritages: 'polish:55, romanian:20, british:25',
    other: 'Polish:55, Romanian:20, Lithuanian:10, Latvian:5, Portuguese:10',
  },
  { code: 'MWBC', weight: 25, heritages: 'british:70, caribbean:30' },
  { code: 'MWBA', weight: 12, heritages: 'british:65, nigerian:35' },
  { code: 'MWAS', weight: 15, heritages: 'british:65, pakistani:35' },
  {
    code: 'MOTH',
    weight: 18,
    heritages: 'british:80, caribbean:20',
    other: 'Black Caribbean and Asian:30, Arab and White:30, Chinese and White:40',
  },
  { code: 'AIND', weight: 20, heritages: 'sikh:50, hindu:50' },
  { code: 'APKN', weight: 60, heritages: 'pakistani' },
  { code: 'ABAN', weight: 8, heritages: 'bangladeshi' },
  { code: 'CHNE', weight: 6, heritages: 'chinese' },
  {
    code: 'AOTH',
    weight: 15,
    heritages: 'pakistani:50, hindu:50',
    other: 'Afghan:35, Sri Lankan:30, Nepali:20, Kashmiri:15',
  },
  { code: 'BCRB', weight: 7, heritages: 'caribbean' },
  { code: 'BAFR', weight: 50, heritages: 'nigerian:40, somali:30, eritrean:18, ghanaian:12' },
  { code: 'BOTH', weight: 8, heritages: 'caribbean:50, nigerian:50', other: 'Black British:70, Sudanese:30' },
  { code: 'OARB', weight: 10, heritages: 'arab' },
  { code: 'OOTH', weight: 15, heritages: 'kurdish:60, arab:40', other: 'Kurdish:60, Iranian:25, Filipino:15' },
  { code: 'NOBT', weight: 20, heritages: 'british' },
];

/** Leeds postcode districts with the area each covers, weighted roughly by households. */
export const postcodeDistricts =
  'LS1 City Centre:2, LS2 Woodhouse:3, LS3 Woodhouse:3, LS4 Burley:5, LS5 Hawksworth:4, LS6 Headingley:8, ' +
  'LS7 Chapeltown:9, LS8 Harehills:12, LS9 Burmantofts:11, LS10 Hunslet:10, LS11 Beeston:11, LS12 Armley:11, ' +
  'LS13 Bramley:9, LS14 Seacroft:10, LS15 Cross Gates:9, LS16 Adel:7, LS17 Moortown:8, LS18 Horsforth:5, ' +
  'LS19 Yeadon:5, LS20 Guiseley:4, LS21 Otley:4, LS22 Wetherby:4, LS23 Boston Spa:2, LS24 Tadcaster:2, ' +
  'LS25 Garforth:6, LS26 Rothwell:6, LS27 Morley:8, LS28 Pudsey:8, LS29 Ilkley:3';

/** The letters a postcode unit may use: never C, I, K, M, O or V. */
export const postcodeUnitLetters = 'ABDEFGHJLNPQRSTUWXYZ';

export const streetStems =
  'Cowper:3, Bayswater:3, Conway:3, Harehills:4, Roundhay:4, Brudenell:3, Cardigan:3, Royal Park:2, ' +
  'Victoria:5, Church:6, Station:5, Mill:5, Oak:5, Ash:4, Elm:4, Beech:4, Chestnut:3, Hawthorn:3, Rowan:3, ' +
  'Nowell:2, Compton:2, Ashton:3, Dorset:2, Gathorne:2, Hovingham:2, Karnac:2, Markham:2, Ridge:3, ' +
  'Sholebroke:2, Spencer:3, Stainbeck:2, Tempest:2, Woodview:3, Beechwood:3, Ladypit:2, Cross Flatts:2, ' +
  'Tong:2, Cross Green:2, Kirkstall:3, Burley:3, Armley Ridge:2, Wortley:2, Bramley:2, ' +
  'Swinnow:2, Kentmere:2, Foundry:2, Fearnville:2, Gipton:2, Seacroft:2, Whinmoor:2, Halton:2, Moor:4, ' +
  'Moorland:3, Park:6, Parkside:2, Meadow:3, Greenwood:2, Hollin:2, Lidgett:2, Chapel:3, School:3, Queen:3, ' +
  'King:3, Albert:3, Grange:3, Manor:3, Fairfield:3, Springfield:3, Highfield:3, Westfield:3, Dale:2, Brook:2';

export const streetSuffixes =
  'Road:12, Street:10, Avenue:8, Grove:8, Terrace:8, Mount:7, Place:5, View:6, Crescent:5, Close:6, Lane:6, ' +
  'Drive:5, Gardens:4, Walk:3, Way:3, Court:3, Rise:2, Green:2, Vale:2, Fold:2, Garth:2, Approach:1';

export const primarySchools =
  'Meadowfield Primary School:4, Beckside Primary School, Oakwood Lane Primary School, ' +
  "St Mary's Catholic Primary School, Harehills Park Primary School, Brudenell Road Primary School, " +
  'Chapel Allerton Junior and Infant School, Cross Gates Primary Academy, Beeston Hill Primary School, ' +
  'Armley Moor Primary School, Bramley Fold Primary School, Seacroft Grange Primary School, ' +
  "St Peter's Church of England Primary School, Hunslet Moor Primary School, Gipton Fields Primary School, " +
  'Kirkstall Valley Primary School, Moortown Park Primary School, Horsforth Green Primary School, ' +
  'Rothwell Spring Primary School, Morley Victoria Primary School, Pudsey Bankhouse Primary School, ' +
  'Garforth Westfield Primary School, Middleton Woods Primary School, Holbeck Foundry Primary School, ' +
  'Little London Community Primary School, Yeadon Westfield Infant School, Otley Whartons Primary School, ' +
  'Wetherby Deighton Primary School, Belle Isle Academy, Richmond Hill Community Primary School';

export const secondarySchools =
  'Parkside High School:4, Roundhay Park Academy, City of Leeds Academy, Beckfield High School, ' +
  'Cardinal Heenan Catholic High School, Allerton Grange School, Temple Moor High School, ' +
  'Bruntcliffe Academy, Crawshaw Park Academy, Ralph Thoresby School, Horsforth School, Rodillian Academy, ' +
  'Morley Academy, John Smeaton Academy, Cockburn School, Corpus Christi Catholic College';

export const collegeNames = 'Leeds City College:6, Leeds College of Building:1, Notre Dame Sixth Form College:2';

export const gpPractices =
  'Woodhouse Medical Practice:5, Harehills Corner Surgery, Chapeltown Health Centre, Beeston Village Surgery, ' +
  'Armley Medical Practice, Bramley Village Health Centre, Seacroft Green Surgery, Cross Gates Medical Centre, ' +
  'Hunslet Health Centre, Moortown Group Practice, Headingley Medical Centre, Kirkstall Lane Medical Centre, ' +
  'Rothwell Health Centre, Morley Manor Surgery, Pudsey Health Centre, Garforth Medical Practice, ' +
  'Horsforth Park Surgery, Burmantofts Health Centre, Middleton Park Surgery, Yeadon Tarn Practice';

/** Who the children live with, and the relationship each carer is recorded with. */
export const household =
  'Mother+Father:52, Mother:24, Father:3, Mother+Stepfather:7, Father+Stepmother:2, Grandmother:3, ' +
  'Grandmother+Grandfather:2, Foster carer+Foster carer:1.5, Foster carer:1, Aunt:1';

/** Chance the carer has parental responsibility for the children (CO-2). */
export const parentalResponsibilityChance: Record<string, number> = {
  Mother: 0.99,
  Father: 0.92,
  Stepfather: 0.15,
  Stepmother: 0.1,
  Grandmother: 0.75,
  Grandfather: 0.6,
  'Foster carer': 0,
  Aunt: 0.7,
};

/** Births per family, 1 to 4 (older siblings may be adults now, so fewer are children). */
export const familySizes = '1:28, 2:40, 3:20, 4:12';
