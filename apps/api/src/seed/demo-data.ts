import type { MembershipRole, OrganisationKind } from '@helix/domain';

/** The password of every demo account (documented in the README). */
export const DEMO_PASSWORD = 'HelixDemo#2026';

export interface DemoPerson {
  email: string;
  /** Holds the platform-administrator flag (the programme office verifies organisations). */
  platformAdmin?: boolean;
  fullName: string;
  role: MembershipRole;
  locale: 'vi' | 'en';
}

export interface DemoOrganisation {
  name: string;
  shortName: string;
  kind: OrganisationKind;
  registrationCode: string;
  website: string;
  expertise: string[];
  descriptionVi: string;
  descriptionEn: string;
  people: DemoPerson[];
}

const people = (slug: string, names: [string, string, string], locale: 'vi' | 'en' = 'vi'): DemoPerson[] => [
  { email: `owner@${slug}.example`, fullName: names[0], role: 'OWNER', locale },
  { email: `admin@${slug}.example`, fullName: names[1], role: 'ADMIN', locale },
  { email: `member@${slug}.example`, fullName: names[2], role: 'MEMBER', locale },
];

/** The Binh Duong smart-city programme: its State offices, universities and companies. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Văn phòng Thành phố Thông minh Bình Dương',
    shortName: 'BDSC',
    kind: 'STATE',
    registrationCode: 'BD-SC-2016',
    website: 'https://smartcity.binhduong.gov.vn',
    expertise: ['smart-city programme', 'open data', 'triple helix'],
    descriptionVi:
      'Cơ quan điều phối Đề án Thành phố thông minh Bình Dương, kết nối Nhà nước, Nhà trường và Doanh nghiệp theo mô hình ba nhà.',
    descriptionEn:
      'Coordinates the Binh Duong Smart City programme, bringing together State, University and Enterprise in the triple-helix model.',
    people: people('smartcity-bd', ['Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Quốc Bảo']).map((person) =>
      person.role === 'ADMIN' ? { ...person, platformAdmin: true } : person,
    ),
  },
  {
    name: 'Sở Thông tin và Truyền thông tỉnh Bình Dương',
    shortName: 'Sở TT&TT Bình Dương',
    kind: 'STATE',
    registrationCode: 'BD-DIC-001',
    website: 'https://stttt.binhduong.gov.vn',
    expertise: ['e-government', 'digital infrastructure', 'cyber security'],
    descriptionVi: 'Quản lý nhà nước về chuyển đổi số, hạ tầng số và chính quyền điện tử của tỉnh.',
    descriptionEn: "The province's Department of Information and Communications: digital transformation, digital infrastructure and e-government.",
    people: people('dic-bd', ['Phạm Minh Tuấn', 'Võ Thị Thu Hà', 'Đặng Văn Long']),
  },
  {
    name: 'Trường Đại học Thủ Dầu Một',
    shortName: 'TDMU',
    kind: 'UNIVERSITY',
    registrationCode: 'EDU-TDMU-2009',
    website: 'https://tdmu.edu.vn',
    expertise: ['urban planning', 'environment', 'data science'],
    descriptionVi: 'Trường đại học công lập của tỉnh Bình Dương, nghiên cứu quy hoạch đô thị, môi trường và khoa học dữ liệu.',
    descriptionEn: 'Public university of Binh Duong province, researching urban planning, environment and data science.',
    people: people('tdmu', ['Huỳnh Thanh Sơn', 'Ngô Thị Lan', 'Bùi Đức Anh']),
  },
  {
    name: 'Trường Đại học Quốc tế Miền Đông',
    shortName: 'EIU',
    kind: 'UNIVERSITY',
    registrationCode: 'EDU-EIU-2010',
    website: 'https://eiu.edu.vn',
    expertise: ['mobility', 'energy', 'internet of things'],
    descriptionVi: 'Trường đại học quốc tế tại Bình Dương, thế mạnh về kỹ thuật, năng lượng và Internet vạn vật.',
    descriptionEn: 'International university in Binh Duong, strong in engineering, energy and the Internet of Things.',
    people: people('eiu', ['Đỗ Hoàng Nam', 'Lý Thị Ngọc', 'Trương Minh Khoa']),
  },
  {
    name: 'Tổng Công ty Đầu tư và Phát triển Công nghiệp Becamex IDC',
    shortName: 'Becamex IDC',
    kind: 'ENTERPRISE',
    registrationCode: '3700145020',
    website: 'https://becamex.com.vn',
    expertise: ['industrial parks', 'urban development', 'economy and industry'],
    descriptionVi: 'Nhà phát triển khu công nghiệp và đô thị hàng đầu của Bình Dương.',
    descriptionEn: "Binh Duong's leading developer of industrial parks and new urban areas.",
    people: people('becamex', ['Nguyễn Thị Hồng', 'Phan Văn Đức', 'Hồ Thị Kim Anh']),
  },
  {
    name: 'VNPT Bình Dương',
    shortName: 'VNPT BD',
    kind: 'ENTERPRISE',
    registrationCode: '0100684378-BD',
    website: 'https://binhduong.vnpt.vn',
    expertise: ['telecommunications', 'digital infrastructure', 'public safety'],
    descriptionVi: 'Nhà mạng viễn thông cung cấp hạ tầng số, camera giám sát và dịch vụ đô thị thông minh.',
    descriptionEn: 'Telecom operator providing digital infrastructure, video surveillance and smart-city services.',
    people: people('vnpt-bd', ['Tạ Quang Vinh', 'Châu Thị Bích', 'Mai Văn Tài']),
  },
  {
    name: 'Kempen Smart Systems B.V.',
    shortName: 'Kempen Smart Systems',
    kind: 'ENTERPRISE',
    registrationCode: 'NL-KVK-17098765',
    website: 'https://kempen-smart-systems.example',
    expertise: ['mobility', 'sensor networks', 'Brainport Eindhoven'],
    descriptionVi: 'Doanh nghiệp công nghệ Hà Lan từ vùng Brainport Eindhoven, chuyên về cảm biến đô thị và giao thông thông minh.',
    descriptionEn: 'Dutch technology firm from the Brainport Eindhoven region, specialised in urban sensing and smart mobility.',
    people: people('kempen', ['Sanne de Vries', 'Daan Janssen', 'Lotte van den Berg'], 'en'),
  },
];
