import type { Currency, IcfIndicator, OrganisationKind, ProjectDomain, ProjectKind, ProjectVisibility } from '@helix/domain';

/**
 * Where a demo project stands once the projects chapter is loaded. AWARDED and UNSUCCESSFUL need
 * proposals: the proposals chapter (demo-proposals.ts) decides them and finalises one call in
 * EVALUATION as AWARDED and one as UNSUCCESSFUL.
 */
export type DemoProjectState = 'OPEN' | 'EVALUATION' | 'CANCELLED' | 'DRAFT';

/** A clarification asked by an eligible demo organisation and answered by the owner. */
export interface DemoQuestion {
  /** Registration code of the asking organisation (see DEMO_ORGANISATIONS). */
  askedBy: string;
  text: string;
  answer: string;
  askedDaysAgo: number;
  answeredDaysAgo: number;
}

export interface DemoCriterion {
  name: string;
  description?: string;
  weight: number;
}

export interface DemoProject {
  /** Registration code of the posting organisation (see DEMO_ORGANISATIONS). */
  owner: string;
  state: DemoProjectState;
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  kind: ProjectKind;
  domain: ProjectDomain;
  indicators: IcfIndicator[];
  /** Integer minor units: đồng for VND, cents for EUR. */
  budget?: { amount: number; currency: Currency };
  location: string;
  eligibleKinds: OrganisationKind[];
  sealed: boolean;
  visibility: ProjectVisibility;
  /** Registration codes of the invited organisations (INVITED projects). */
  invited?: string[];
  criteria: DemoCriterion[];
  /** Days before the seeding time it was published (a draft: last written). */
  postedDaysAgo: number;
  /** Closing day counted from the seeding time, at 17:00 Binh Duong time; negative when already closed. */
  closesInDays?: number;
  cancellation?: { reason: string; daysAgo: number };
  questions?: DemoQuestion[];
}

const BDSC = 'BD-SC-2016';
const DIC = 'BD-DIC-001';
const TDMU = 'EDU-TDMU-2009';
const EIU = 'EDU-EIU-2010';
const BECAMEX = '3700145020';
const VNPT = '0100684378-BD';
const KEMPEN = 'NL-KVK-17098765';

/**
 * The programme's calls: every kind, the eleven domains and the six ICF indicators, the three
 * visibilities, sealed and open submissions, budgets from 300 million to 32 billion đồng (and one
 * in euros), posted by all seven demo organisations.
 */
export const DEMO_PROJECTS: DemoProject[] = [
  {
    owner: BDSC,
    state: 'OPEN',
    title: 'Thí điểm điều khiển đèn tín hiệu giao thông thích ứng trên Đại lộ Bình Dương',
    summary:
      'Lắp đặt và vận hành thử 12 tháng hệ thống điều khiển đèn tín hiệu thích ứng theo lưu lượng thời gian thực tại 8 nút giao trên Đại lộ Bình Dương (đoạn Thuận An – Thủ Dầu Một), kết nối với Trung tâm Điều hành Thông minh (IOC) của tỉnh.',
    description: `## Bối cảnh

Đại lộ Bình Dương (Quốc lộ 13) là trục giao thông chính nối TP. Hồ Chí Minh với các khu công nghiệp phía bắc tỉnh. Vào giờ cao điểm sáng và chiều, lưu lượng xe máy, xe container và xe đưa đón công nhân tăng đột biến; chu kỳ đèn cố định hiện nay không theo kịp, gây ùn tắc kéo dài tại nhiều nút giao.

## Phạm vi gói thầu

- Khảo sát hiện trạng, đếm lưu lượng và xây dựng kịch bản điều khiển cho **8 nút giao** do Sở Giao thông Vận tải lựa chọn.
- Cung cấp, lắp đặt bộ điều khiển tín hiệu thích ứng, camera hoặc cảm biến phát hiện phương tiện và thiết bị truyền dẫn.
- Tích hợp dữ liệu và cảnh báo với **IOC Bình Dương** qua API mở; dữ liệu thuộc về tỉnh, không khóa vào nền tảng độc quyền.
- Vận hành thử **12 tháng**, đào tạo cán bộ vận hành và chuyển giao toàn bộ tài liệu.

## Chỉ tiêu của thí điểm

1. Giảm ít nhất **15%** thời gian chờ trung bình tại nút giao vào giờ cao điểm.
2. Ưu tiên tín hiệu cho xe buýt và xe cứu thương trên tuyến.
3. Hệ thống sẵn sàng hoạt động **99,5%** thời gian.

## Yêu cầu đối với nhà thầu

- Doanh nghiệp hoặc liên danh doanh nghiệp có ít nhất một dự án giao thông thông minh đã vận hành.
- Thiết bị đáp ứng QCVN 41:2019/BGTVT về báo hiệu đường bộ.
- Hồ sơ dự thầu nộp **niêm phong** và chỉ được mở sau thời điểm đóng thầu.`,
    kind: 'PILOT_TENDER',
    domain: 'MOBILITY',
    indicators: ['INNOVATION', 'SUSTAINABILITY'],
    budget: { amount: 18_500_000_000, currency: 'VND' },
    location: 'Đại lộ Bình Dương, đoạn qua TP. Thuận An và TP. Thủ Dầu Một',
    eligibleKinds: ['ENTERPRISE'],
    sealed: true,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Giải pháp kỹ thuật và khả năng tích hợp IOC', description: 'Thuật toán điều khiển, thiết bị, cách trao đổi dữ liệu với IOC.', weight: 40 },
      { name: 'Năng lực và kinh nghiệm triển khai', weight: 25 },
      { name: 'Giá dự thầu', weight: 25 },
      { name: 'Kế hoạch vận hành và chuyển giao', weight: 10 },
    ],
    postedDaysAgo: 6,
    closesInDays: 35,
    questions: [
      {
        askedBy: VNPT,
        text: 'Hồ sơ dự thầu có chấp nhận liên danh giữa doanh nghiệp viễn thông trong nước và nhà cung cấp thiết bị nước ngoài không? Nếu có, thành viên nào phải đứng đầu liên danh?',
        answer:
          'Có. Liên danh tối đa 3 thành viên được chấp nhận; thành viên đứng đầu phải là doanh nghiệp đăng ký tại Việt Nam và chịu trách nhiệm chính về việc tích hợp với IOC. Thỏa thuận liên danh cần nêu rõ phần việc và tỷ lệ giá trị của từng thành viên.',
        askedDaysAgo: 4,
        answeredDaysAgo: 3,
      },
      {
        askedBy: KEMPEN,
        text: 'May bidders use the existing provincial fibre network to reach the intersections, or must connectivity be part of the bid?',
        answer:
          'Được. Tuyến cáp quang của tỉnh đã đến 6/8 nút giao và nhà thầu được sử dụng miễn phí; với 2 nút còn lại, hồ sơ cần nêu phương án truyền dẫn. / Yes: the provincial fibre reaches 6 of the 8 intersections free of charge; bids must include connectivity for the other two.',
        askedDaysAgo: 2,
        answeredDaysAgo: 1,
      },
    ],
  },
  {
    owner: DIC,
    state: 'OPEN',
    title: 'Đặt hàng nghiên cứu: trợ lý ảo tiếng Việt hướng dẫn thủ tục hành chính',
    summary:
      'Nghiên cứu và xây dựng nguyên mẫu trợ lý ảo hiểu tiếng Việt có dấu, không dấu và cách nói của người miền Nam, giúp người dân tra cứu hồ sơ, lệ phí và tình trạng giải quyết thủ tục trên Cổng dịch vụ công tỉnh Bình Dương.',
    description: `## Mục tiêu

Mỗi tháng tổng đài 1022 và bộ phận một cửa nhận hàng nghìn câu hỏi lặp lại: cần giấy tờ gì, nộp ở đâu, lệ phí bao nhiêu, hồ sơ đang ở bước nào. Sở Thông tin và Truyền thông đặt hàng một nghiên cứu ứng dụng để trả lời tự động các câu hỏi này, chính xác và có dẫn nguồn.

## Nội dung nghiên cứu

- Xây dựng bộ dữ liệu hỏi – đáp từ danh mục thủ tục hành chính cấp tỉnh, huyện và xã (dữ liệu đã ẩn danh do Sở cung cấp).
- Mô hình hiểu câu hỏi tiếng Việt viết tắt, không dấu, sai chính tả; trả lời kèm đường dẫn đến thủ tục gốc.
- Cơ chế chuyển sang cán bộ khi trợ lý không chắc chắn.
- Đánh giá với ít nhất **300 người dùng thật** tại Trung tâm Phục vụ hành chính công.

## Sản phẩm phải nộp

1. Báo cáo khoa học và bộ dữ liệu công bố theo giấy phép mở.
2. Nguyên mẫu tích hợp thử với Cổng dịch vụ công của tỉnh.
3. Ít nhất một bài báo tại tạp chí hoặc hội nghị có phản biện.

## Thời gian và kinh phí

Thực hiện trong **18 tháng**; kinh phí tối đa **1,2 tỷ đồng** từ nguồn sự nghiệp khoa học và công nghệ của tỉnh.`,
    kind: 'RESEARCH_CALL',
    domain: 'E_GOVERNMENT',
    indicators: ['DIGITAL_EQUALITY', 'ENGAGEMENT', 'INNOVATION'],
    budget: { amount: 1_200_000_000, currency: 'VND' },
    location: 'Trung tâm Phục vụ hành chính công tỉnh Bình Dương, TP. Thủ Dầu Một',
    eligibleKinds: ['UNIVERSITY'],
    sealed: false,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Tính khoa học và tính mới của phương pháp', weight: 35 },
      { name: 'Năng lực nhóm nghiên cứu', weight: 30 },
      { name: 'Khả năng ứng dụng vào Cổng dịch vụ công', weight: 25 },
      { name: 'Tính hợp lý của kinh phí', weight: 10 },
    ],
    postedDaysAgo: 9,
    closesInDays: 42,
    questions: [
      {
        askedBy: TDMU,
        text: 'Nhóm nghiên cứu có được tiếp cận nhật ký cuộc gọi của tổng đài 1022 để huấn luyện mô hình không, hay chỉ có danh sách câu hỏi thường gặp?',
        answer:
          'Sở sẽ cung cấp khoảng 40.000 câu hỏi từ tổng đài 1022 và Cổng dịch vụ công giai đoạn 2023–2025, đã ẩn danh (xóa họ tên, số điện thoại, số định danh). Dữ liệu gốc chưa ẩn danh không được đưa ra khỏi Sở; nhóm nghiên cứu ký cam kết bảo mật trước khi nhận dữ liệu.',
        askedDaysAgo: 6,
        answeredDaysAgo: 5,
      },
    ],
  },
  {
    owner: BDSC,
    state: 'OPEN',
    title: 'Thử thách dữ liệu mở: cảnh báo sớm ngập cục bộ tại Thủ Dầu Một và Dĩ An',
    summary:
      'Dùng dữ liệu mưa, mực nước và phản ánh của người dân để dự báo điểm ngập cục bộ trước 30–60 phút và gửi cảnh báo kịp thời. Tổng giải thưởng 300 triệu đồng; đội thắng cuộc được thí điểm trên IOC Bình Dương.',
    description: `## Vấn đề

Mỗi mùa mưa (tháng 5 đến tháng 11), nhiều tuyến đường ở Thủ Dầu Một và Dĩ An ngập sau những cơn mưa lớn ngắn, nhất là khi trùng giờ tan ca. Người dân thường chỉ biết đường ngập khi đã đến nơi.

## Dữ liệu được cung cấp

- Lượng mưa 10 phút một lần từ các trạm đo tự động (2019 đến nay).
- Mực nước tại các cửa xả và kênh tiêu chính.
- Điểm ngập do người dân phản ánh qua ứng dụng phản ánh hiện trường, đã ẩn danh.
- Bản đồ cao độ và mạng lưới thoát nước (GIS).

## Yêu cầu bài dự thi

- Mô hình dự báo được kiểm chứng trên dữ liệu mùa mưa 2024.
- Bản trình diễn cảnh báo (ứng dụng, Zalo OA hoặc SMS).
- Mã nguồn công bố theo giấy phép mã nguồn mở.

## Giải thưởng

- **Giải nhất:** 150 triệu đồng và hợp đồng thí điểm 6 tháng trên IOC.
- **Giải nhì:** 100 triệu đồng.
- **Giải ba:** 50 triệu đồng.

Cá nhân, nhóm sinh viên, doanh nghiệp và đơn vị nhà nước đều có thể tham gia.`,
    kind: 'CHALLENGE',
    domain: 'WATER',
    indicators: ['SUSTAINABILITY', 'ENGAGEMENT', 'INNOVATION'],
    budget: { amount: 300_000_000, currency: 'VND' },
    location: 'TP. Thủ Dầu Một và TP. Dĩ An',
    eligibleKinds: ['STATE', 'UNIVERSITY', 'ENTERPRISE'],
    sealed: false,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Độ chính xác của dự báo', weight: 40 },
      { name: 'Tính khả thi khi vận hành trên IOC', weight: 30 },
      { name: 'Trải nghiệm cảnh báo cho người dân', weight: 20 },
      { name: 'Tính mở của giải pháp', weight: 10 },
    ],
    postedDaysAgo: 24,
    // The one closing this week.
    closesInDays: 4,
  },
  {
    owner: KEMPEN,
    state: 'OPEN',
    title: 'Brainport–Binh Duong living lab: urban heat and air-quality sensing',
    summary:
      'Kempen Smart Systems seeks a Vietnamese university and a provincial agency to co-run a two-year living lab with 150 low-cost sensors for heat, fine dust (PM2.5) and noise in Binh Duong new city, publishing the data openly and training local engineers.',
    description: `## Why

The Binh Duong smart-city programme grew out of a cooperation with the Brainport Eindhoven region. Eindhoven's citizen sensor networks showed how much a city learns from dense, cheap measurements; this living lab brings that experience to Binh Duong new city, where heat islands and dust from construction are daily concerns.

## What we bring

- **150 solar-powered sensor nodes** (temperature, humidity, PM2.5, PM10, noise) and LoRaWAN gateways.
- The data platform and dashboards, with an open API.
- Two engineers on site for the first six months, remote support afterwards.
- Co-funding of **€240,000** for installation, calibration and student research grants.

## What we look for

- A **university** partner for calibration against reference stations, data analysis and at least two master's theses.
- A **provincial agency** for permits, mounting points on public lighting poles and a link to the IOC.

## Timeline

1. Months 1–3: site selection and calibration.
2. Months 4–18: measurement campaign, heat-island maps, public dashboard.
3. Months 19–24: policy recommendations (shade trees, cool roofs, construction dust) and hand-over.`,
    kind: 'PARTNERSHIP',
    domain: 'ENVIRONMENT',
    indicators: ['INNOVATION', 'KNOWLEDGE_WORKFORCE', 'SUSTAINABILITY'],
    budget: { amount: 24_000_000, currency: 'EUR' },
    location: 'Thành phố mới Bình Dương (Becamex Bình Dương new city), TP. Thủ Dầu Một',
    eligibleKinds: ['UNIVERSITY', 'STATE'],
    sealed: false,
    visibility: 'PLATFORM',
    criteria: [
      { name: 'Research capacity in environmental sensing', weight: 40 },
      { name: 'Access to sites and public infrastructure', weight: 30 },
      { name: 'Commitment to open data and student involvement', weight: 30 },
    ],
    postedDaysAgo: 3,
    closesInDays: 56,
    questions: [
      {
        askedBy: EIU,
        text: 'Trường có được dùng dữ liệu cảm biến cho luận văn và bài báo khoa học ngay trong thời gian dự án không? / May the university publish with the sensor data while the project runs?',
        answer:
          'Yes. All measurements are published under CC BY 4.0 as they are collected, so partners may publish from day one. We only ask that the calibration method is described jointly, so that results from both sides stay comparable.',
        askedDaysAgo: 2,
        answeredDaysAgo: 1,
      },
    ],
  },
  {
    owner: BECAMEX,
    state: 'EVALUATION',
    title: 'Điện mặt trời áp mái và hệ thống quản lý năng lượng cho nhà xưởng KCN Mỹ Phước 3',
    summary:
      'Đầu tư, lắp đặt 4 MWp điện mặt trời áp mái trên các nhà xưởng cho thuê và hệ thống quản lý năng lượng (EMS) theo dõi tiêu thụ từng nhà xưởng theo thời gian thực, phục vụ báo cáo phát thải của doanh nghiệp thuê.',
    description: `## Bối cảnh

Doanh nghiệp FDI thuê nhà xưởng của Becamex IDC ngày càng yêu cầu điện xanh và số liệu phát thải phạm vi 2 (Scope 2) cho báo cáo ESG gửi công ty mẹ. Khu công nghiệp Mỹ Phước 3 có quỹ mái lớn chưa được khai thác.

## Phạm vi

- Khảo sát kết cấu mái của **18 nhà xưởng** xây sẵn (tổng diện tích mái khoảng 52.000 m²).
- Thiết kế, cung cấp và lắp đặt hệ thống **4 MWp** tự sản xuất, tự tiêu thụ trong khu công nghiệp.
- Hệ thống EMS: đồng hồ đo đếm thông minh, cổng dữ liệu cho từng khách thuê, báo cáo phát thải hằng tháng.
- Vận hành và bảo trì **5 năm**.

## Lưu ý

- Tuân thủ Nghị định 135/2024/NĐ-CP về điện mặt trời mái nhà tự sản xuất, tự tiêu thụ.
- Hồ sơ niêm phong; kết quả đánh giá dự kiến công bố trong 30 ngày sau khi đóng thầu.`,
    kind: 'PILOT_TENDER',
    domain: 'ENERGY',
    indicators: ['SUSTAINABILITY', 'INNOVATION'],
    budget: { amount: 32_000_000_000, currency: 'VND' },
    location: 'KCN Mỹ Phước 3, TP. Bến Cát',
    eligibleKinds: ['ENTERPRISE'],
    sealed: true,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Giải pháp kỹ thuật và sản lượng cam kết', weight: 35 },
      { name: 'Giá và phương án tài chính', weight: 35 },
      { name: 'Năng lực và kinh nghiệm dự án tương tự', weight: 20 },
      { name: 'Dịch vụ vận hành và bảo trì', weight: 10 },
    ],
    postedDaysAgo: 48,
    closesInDays: -10,
  },
  {
    owner: VNPT,
    state: 'OPEN',
    title: 'Hợp tác phủ sóng Wi-Fi công cộng miễn phí tại điểm sinh hoạt cộng đồng và trường học',
    summary:
      'VNPT Bình Dương đầu tư thiết bị và đường truyền cho 120 điểm Wi-Fi công cộng; tìm cơ quan nhà nước và trường đại học cùng chọn địa điểm, hỗ trợ lắp đặt và giới thiệu dịch vụ công trực tuyến trên trang đăng nhập.',
    description: `## Đề xuất hợp tác

VNPT Bình Dương dành **4,5 tỷ đồng** cho 120 điểm Wi-Fi miễn phí tại công viên, nhà văn hóa khu phố, thư viện và khuôn viên trường học. Chúng tôi mời một số cơ quan và trường đại học cùng thực hiện giai đoạn đầu.

## VNPT Bình Dương đảm nhận

- Thiết bị phát Wi-Fi 6 ngoài trời, đường truyền cáp quang và điện năng.
- Giám sát 24/7, xử lý sự cố trong 4 giờ.
- Trang đăng nhập giới thiệu Cổng dịch vụ công và các khóa học kỹ năng số.

## Đối tác đảm nhận

- **Cơ quan nhà nước:** đề xuất điểm lắp đặt, hỗ trợ thủ tục với địa phương và bảo đảm an ninh thiết bị.
- **Trường đại học:** điểm phủ sóng trong khuôn viên, ký túc xá và khảo sát thói quen sử dụng.

## Nguyên tắc

- Miễn phí cho người dùng, mỗi phiên 60 phút.
- Chỉ thu thập số điện thoại để xác thực OTP, tuân thủ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.`,
    kind: 'PARTNERSHIP',
    domain: 'DIGITAL_INFRASTRUCTURE',
    indicators: ['BROADBAND', 'DIGITAL_EQUALITY'],
    budget: { amount: 4_500_000_000, currency: 'VND' },
    location: 'TP. Dĩ An, TP. Thuận An và TP. Tân Uyên',
    eligibleKinds: ['STATE', 'UNIVERSITY'],
    sealed: false,
    visibility: 'INVITED',
    invited: [BDSC, DIC, TDMU, EIU],
    criteria: [
      { name: 'Số lượng và vị trí điểm đề xuất', weight: 40 },
      { name: 'Cam kết hỗ trợ thủ tục và an ninh thiết bị', weight: 30 },
      { name: 'Kế hoạch phổ cập kỹ năng số', weight: 30 },
    ],
    postedDaysAgo: 5,
    closesInDays: 21,
  },
  {
    owner: TDMU,
    state: 'OPEN',
    title: 'Chương trình thực tập có hướng dẫn: kỹ sư dữ liệu đô thị 2026',
    summary:
      'Trường Đại học Thủ Dầu Một tìm doanh nghiệp và cơ quan nhà nước nhận 40 sinh viên ngành Khoa học dữ liệu và Kỹ thuật phần mềm thực tập 16 tuần trên bài toán đô thị thông minh thật, có giảng viên đồng hướng dẫn.',
    description: `## Cách thức

- Mỗi đơn vị đối tác đề xuất **1–3 bài toán** có dữ liệu thật (giao thông, môi trường, dịch vụ công, vận hành khu công nghiệp…).
- Mỗi bài toán giao cho nhóm 3–4 sinh viên, một giảng viên và một người hướng dẫn của đối tác.
- Kết thúc bằng ngày trình diễn sản phẩm tại trường, mở cho các sở, ngành và doanh nghiệp.

## Nhà trường hỗ trợ

- Học bổng thực tập tổng cộng **650 triệu đồng** cho sinh viên.
- Máy chủ tính toán của trường và bảo hiểm cho sinh viên trong thời gian thực tập.

## Đối tác cam kết

- Bố trí người hướng dẫn ít nhất 2 giờ mỗi tuần.
- Cung cấp dữ liệu đã ẩn danh và môi trường làm việc.
- Xem xét tuyển dụng sinh viên có kết quả tốt.`,
    kind: 'PARTNERSHIP',
    domain: 'EDUCATION',
    indicators: ['KNOWLEDGE_WORKFORCE', 'DIGITAL_EQUALITY'],
    budget: { amount: 650_000_000, currency: 'VND' },
    location: 'Trường Đại học Thủ Dầu Một, số 06 Trần Văn Ơn, phường Phú Hòa, TP. Thủ Dầu Một',
    eligibleKinds: ['ENTERPRISE', 'STATE'],
    sealed: false,
    visibility: 'PLATFORM',
    criteria: [
      { name: 'Tính thực tế của bài toán', weight: 40 },
      { name: 'Năng lực hướng dẫn của đối tác', weight: 35 },
      { name: 'Cơ hội tuyển dụng sau thực tập', weight: 25 },
    ],
    postedDaysAgo: 12,
    closesInDays: 49,
  },
  {
    owner: EIU,
    state: 'DRAFT',
    title: 'Phòng thí nghiệm mở về xe máy điện và trạm đổi pin trong khuôn viên EIU',
    summary:
      'Thí điểm 50 xe máy điện dùng chung và 3 trạm đổi pin cho sinh viên, giảng viên trong Thành phố mới Bình Dương; dữ liệu vận hành phục vụ nghiên cứu tuổi thọ pin và nhu cầu đi lại.',
    description: `## Ý tưởng

Sinh viên EIU đi lại chủ yếu giữa ký túc xá, trường và các khu công nghiệp lân cận. Một đội xe điện dùng chung nhỏ giúp đo nhu cầu thật trước khi mở rộng ra Thành phố mới Bình Dương.

## Cần đối tác

- Nhà sản xuất hoặc nhà phân phối xe máy điện có dịch vụ đổi pin.
- Doanh nghiệp vận hành ứng dụng thuê xe.

## Còn phải hoàn thiện

- Thời hạn nhận hồ sơ.
- Phương án bảo hiểm cho người dùng.`,
    kind: 'PARTNERSHIP',
    domain: 'MOBILITY',
    indicators: ['SUSTAINABILITY', 'INNOVATION'],
    budget: { amount: 2_800_000_000, currency: 'VND' },
    location: 'Trường Đại học Quốc tế Miền Đông, Thành phố mới Bình Dương',
    eligibleKinds: ['ENTERPRISE'],
    sealed: false,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Chất lượng xe và hệ thống đổi pin', weight: 50 },
      { name: 'Chia sẻ dữ liệu vận hành cho nghiên cứu', weight: 30 },
      { name: 'Chi phí cho người dùng', weight: 20 },
    ],
    postedDaysAgo: 2,
  },
  {
    owner: DIC,
    state: 'EVALUATION',
    title: 'Thí điểm phân tích video thông minh cho camera an ninh tại TP. Dĩ An',
    summary:
      'Bổ sung phân tích video (phát hiện va chạm, ùn tắc, đi ngược chiều, tụ tập bất thường) cho 80 camera hiện có tại các nút giao trọng điểm, cảnh báo về IOC và Công an thành phố trong vòng 30 giây.',
    description: `## Phạm vi

- Phân tích luồng video của **80 camera** đang vận hành tại 20 nút giao và khu vực đông người ở TP. Dĩ An.
- Phát hiện sự kiện: va chạm giao thông, ùn tắc, đi ngược chiều, lấn làn, tụ tập bất thường.
- Đẩy cảnh báo có hình ảnh về IOC và Công an TP. Dĩ An trong vòng **30 giây**.
- Thí điểm 6 tháng, báo cáo độ chính xác hằng tháng.

## Dữ liệu và quyền riêng tư

- **Không** nhận dạng khuôn mặt trong phạm vi thí điểm.
- Video và cảnh báo lưu tại trung tâm dữ liệu của tỉnh, không chuyển ra ngoài.
- Tuân thủ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và các yêu cầu an toàn hệ thống thông tin theo cấp độ.

## Đánh giá

Hồ sơ niêm phong được mở sau thời điểm đóng thầu; các nhà thầu đạt yêu cầu kỹ thuật được thử nghiệm thực địa 2 tuần trên 10 camera.`,
    kind: 'PILOT_TENDER',
    domain: 'PUBLIC_SAFETY',
    indicators: ['BROADBAND', 'INNOVATION'],
    budget: { amount: 9_800_000_000, currency: 'VND' },
    location: 'TP. Dĩ An (20 nút giao trọng điểm)',
    eligibleKinds: ['ENTERPRISE'],
    sealed: true,
    visibility: 'PLATFORM',
    criteria: [
      { name: 'Độ chính xác phát hiện sự kiện trong thử nghiệm thực địa', weight: 45 },
      { name: 'Bảo vệ dữ liệu cá nhân và an toàn thông tin', weight: 25 },
      { name: 'Giá dự thầu', weight: 20 },
      { name: 'Khả năng mở rộng ra toàn tỉnh', weight: 10 },
    ],
    postedDaysAgo: 40,
    closesInDays: -5,
  },
  {
    owner: BDSC,
    state: 'CANCELLED',
    title: 'Nghiên cứu mô hình bản sao số (digital twin) hỗ trợ quy hoạch Thành phố mới Bình Dương',
    summary:
      'Xây dựng mô hình bản sao số 3D của Thành phố mới Bình Dương, tích hợp dữ liệu quy hoạch, giao thông và hạ tầng ngầm để mô phỏng tác động của các phương án quy hoạch trước khi phê duyệt.',
    description: `## Mục tiêu

Cung cấp cho cơ quan quy hoạch một công cụ trực quan để so sánh các phương án: mật độ xây dựng, bóng đổ, thông gió, tải giao thông và tiêu thoát nước.

## Nội dung nghiên cứu

- Chuẩn hóa dữ liệu GIS, BIM và bản đồ hạ tầng ngầm hiện có.
- Mô hình 3D cấp độ chi tiết LOD2 cho khu trung tâm hành chính và khu đô thị lân cận.
- Mô phỏng giao thông và ngập úng cho ít nhất hai phương án quy hoạch.

## Sản phẩm

1. Nền tảng bản sao số chạy trên hạ tầng của tỉnh.
2. Báo cáo đánh giá và hướng dẫn cập nhật dữ liệu.`,
    kind: 'RESEARCH_CALL',
    domain: 'URBAN_PLANNING',
    indicators: ['INNOVATION', 'ENGAGEMENT'],
    budget: { amount: 2_400_000_000, currency: 'VND' },
    location: 'Thành phố mới Bình Dương và vùng lân cận (TP. Thủ Dầu Một, TP. Tân Uyên, TP. Bến Cát)',
    eligibleKinds: ['UNIVERSITY'],
    sealed: false,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Phương pháp xây dựng và cập nhật mô hình', weight: 40 },
      { name: 'Năng lực nhóm nghiên cứu', weight: 35 },
      { name: 'Kinh phí và tiến độ', weight: 25 },
    ],
    postedDaysAgo: 30,
    closesInDays: 20,
    cancellation: {
      reason:
        'Tạm dừng để gộp vào Đề án bản sao số cấp tỉnh do Sở Thông tin và Truyền thông chủ trì. Nội dung sẽ được đăng lại dưới dạng đặt hàng mới cho toàn tỉnh; các nhóm đã chuẩn bị hồ sơ có thể dùng lại phần lớn nội dung.',
      daysAgo: 6,
    },
  },
  {
    owner: DIC,
    state: 'OPEN',
    title: 'Thử thách sáng tạo: chăm sóc sức khỏe số cho công nhân khu công nghiệp',
    summary:
      'Tìm giải pháp giúp công nhân đặt lịch khám ngoài giờ ca, xem kết quả khám sức khỏe định kỳ và được tư vấn từ xa trên điện thoại, kết nối với hồ sơ sức khỏe điện tử. Tổng giải thưởng 500 triệu đồng.',
    description: `## Ai đang gặp khó khăn

Bình Dương có hơn một triệu người lao động trong các khu công nghiệp, phần lớn làm theo ca và ở trọ xa nhà. Đi khám bệnh thường đồng nghĩa với nghỉ một ngày công; kết quả khám sức khỏe định kỳ nằm ở phòng nhân sự và ít khi đến tay người lao động.

## Chúng tôi tìm

- Đặt lịch khám tại trạm y tế phường và bệnh viện vào buổi tối, cuối tuần.
- Xem kết quả khám định kỳ, nhắc lịch tiêm chủng và tái khám.
- Tư vấn từ xa với bác sĩ, nhắn tin bằng tiếng Việt đơn giản.
- Kết nối với hồ sơ sức khỏe điện tử trên VNeID khi người lao động đồng ý.

## Vòng thi

1. **Vòng ý tưởng:** nộp mô tả giải pháp và bản vẽ giao diện.
2. **Vòng trình diễn:** 10 đội vào chung kết, thử với công nhân tại KCN VSIP và KCN Nam Tân Uyên.
3. **Chung kết:** trình bày trước hội đồng gồm Sở Y tế, Sở TT&TT, doanh nghiệp và đại diện công đoàn.

## Giải thưởng

- Giải nhất 250 triệu đồng, giải nhì 150 triệu đồng, giải ba 100 triệu đồng.`,
    kind: 'CHALLENGE',
    domain: 'HEALTH',
    indicators: ['DIGITAL_EQUALITY', 'ENGAGEMENT'],
    budget: { amount: 500_000_000, currency: 'VND' },
    location: 'KCN VSIP (TP. Thuận An) và các KCN tại TP. Tân Uyên',
    eligibleKinds: ['STATE', 'UNIVERSITY', 'ENTERPRISE'],
    sealed: false,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Mức độ giải quyết nhu cầu của công nhân', weight: 35 },
      { name: 'Khả năng kết nối với hệ thống y tế hiện có', weight: 25 },
      { name: 'Tính khả thi và chi phí vận hành', weight: 25 },
      { name: 'Bảo mật dữ liệu sức khỏe', weight: 15 },
    ],
    postedDaysAgo: 8,
    closesInDays: 28,
  },
  {
    owner: BECAMEX,
    state: 'OPEN',
    title: 'Nền tảng logistics số: theo dõi container từ khu công nghiệp đến Cảng Bình Dương',
    summary:
      'Thí điểm nền tảng theo dõi container và đặt lịch xe ra vào cảng bằng định vị, seal điện tử và cổng dữ liệu chung cho chủ hàng, hãng xe và cảng, nhằm đưa thời gian chờ tại cổng cảng xuống dưới 30 phút.',
    description: `## Vấn đề

Xe container từ các khu công nghiệp Bàu Bàng, Mỹ Phước và VSIP thường xếp hàng hàng giờ trước cổng cảng vào giờ cao điểm, trong khi chủ hàng không biết container của mình đang ở đâu.

## Phạm vi thí điểm

- Định vị và seal điện tử cho **500 container** của 20 chủ hàng tình nguyện.
- Đặt lịch khung giờ vào cổng cảng cho hãng xe.
- Cổng dữ liệu chung theo chuẩn mở, phân quyền theo chủ hàng.
- Bảng điều khiển tắc nghẽn cho ban quản lý cảng.

## Vì sao chỉ mời một số đơn vị

Giai đoạn thí điểm cần kết nối vào hệ thống vận hành của cảng, nên Becamex IDC mời các đơn vị đã có kinh nghiệm về mạng cảm biến, viễn thông và nghiên cứu logistics. Các đơn vị khác có thể tham gia ở giai đoạn mở rộng.`,
    kind: 'PILOT_TENDER',
    domain: 'ECONOMY_INDUSTRY',
    indicators: ['INNOVATION', 'BROADBAND'],
    budget: { amount: 12_000_000_000, currency: 'VND' },
    location: 'Cảng Bình Dương (Thạnh Phước, TP. Tân Uyên) và các KCN Bàu Bàng, Mỹ Phước, VSIP',
    eligibleKinds: ['ENTERPRISE', 'UNIVERSITY'],
    sealed: true,
    visibility: 'INVITED',
    invited: [VNPT, KEMPEN, EIU],
    criteria: [
      { name: 'Giải pháp kỹ thuật và tích hợp với hệ thống cảng', weight: 40 },
      { name: 'Giá dự thầu', weight: 30 },
      { name: 'Kinh nghiệm logistics số', weight: 20 },
      { name: 'Lộ trình mở rộng', weight: 10 },
    ],
    postedDaysAgo: 4,
    closesInDays: 31,
  },
  {
    owner: TDMU,
    state: 'OPEN',
    title: 'Kêu gọi đồng nghiên cứu: kỹ năng số của người lao động tại các khu công nghiệp Bình Dương',
    summary:
      'Khảo sát 3.000 người lao động về kỹ năng số cơ bản, nhu cầu đào tạo lại và khả năng dùng dịch vụ công trực tuyến, làm cơ sở cho chương trình phổ cập kỹ năng số của tỉnh.',
    description: `## Câu hỏi nghiên cứu

- Người lao động trong khu công nghiệp đang dùng điện thoại thông minh vào việc gì, và thiếu những kỹ năng số nào?
- Điều gì cản trở họ dùng dịch vụ công trực tuyến, thanh toán không tiền mặt và học trực tuyến?
- Hình thức đào tạo nào phù hợp với người làm theo ca?

## Thiết kế

- Khảo sát định lượng **3.000 người** tại 12 khu công nghiệp, chọn mẫu phân tầng theo ngành và giới.
- 40 phỏng vấn sâu và 6 thảo luận nhóm.
- Dữ liệu ẩn danh được công bố cho các trường và cơ quan trong tỉnh.

## Đối tác mong muốn

Trường đại học có kinh nghiệm khảo sát lao động – việc làm, và cơ quan nhà nước giúp tiếp cận các khu công nghiệp.`,
    kind: 'RESEARCH_CALL',
    domain: 'ECONOMY_INDUSTRY',
    indicators: ['KNOWLEDGE_WORKFORCE', 'DIGITAL_EQUALITY'],
    budget: { amount: 450_000_000, currency: 'VND' },
    location: '12 khu công nghiệp tại TP. Thuận An, TP. Dĩ An, TP. Bến Cát và TP. Tân Uyên',
    eligibleKinds: ['UNIVERSITY', 'STATE'],
    sealed: false,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Phương pháp khảo sát và chọn mẫu', weight: 60 },
      { name: 'Kinh nghiệm nghiên cứu lao động – việc làm', weight: 40 },
    ],
    postedDaysAgo: 2,
    closesInDays: 45,
  },
  {
    owner: BDSC,
    state: 'EVALUATION',
    title: 'Thử thách ý tưởng: bản đồ số điểm thu gom rác tái chế tại TP. Thủ Dầu Một',
    summary:
      'Tìm ý tưởng ứng dụng bản đồ số giúp người dân tìm điểm thu gom rác tái chế gần nhất, đặt lịch thu gom đồ cồng kềnh và nhận điểm thưởng đổi quà; thử nghiệm tại 3 phường trung tâm.',
    description: `## Bối cảnh

TP. Thủ Dầu Một đang triển khai phân loại rác tại nguồn, nhưng người dân chưa biết mang rác tái chế đến đâu và khi nào.

## Yêu cầu

- Bản đồ điểm thu gom (cố định và lưu động), cập nhật bởi phường và đơn vị thu gom.
- Đặt lịch thu gom đồ cồng kềnh, điện tử cũ.
- Điểm thưởng cho hộ gia đình phân loại đúng, đổi tại siêu thị và cửa hàng tiện lợi đối tác.

## Giải thưởng

Một giải 150 triệu đồng cho ý tưởng được thử nghiệm tại 3 phường.`,
    kind: 'CHALLENGE',
    domain: 'ENVIRONMENT',
    indicators: ['SUSTAINABILITY', 'ENGAGEMENT'],
    budget: { amount: 150_000_000, currency: 'VND' },
    location: 'Phường Phú Cường, Hiệp Thành và Chánh Nghĩa, TP. Thủ Dầu Một',
    eligibleKinds: ['UNIVERSITY', 'ENTERPRISE'],
    sealed: false,
    visibility: 'PUBLIC',
    criteria: [
      { name: 'Mức độ dễ dùng với người dân', weight: 40 },
      { name: 'Khả năng vận hành cùng phường và đơn vị thu gom', weight: 40 },
      { name: 'Chi phí duy trì', weight: 20 },
    ],
    postedDaysAgo: 60,
    closesInDays: -20,
  },
  {
    owner: KEMPEN,
    state: 'DRAFT',
    title: 'Adaptive street lighting pilot: a municipal partner wanted in Tân Uyên',
    summary:
      'Draft: retrofit 400 street lights with LED luminaires that dim when streets are empty and brighten for pedestrians and cyclists, cutting energy use by about 60% while keeping streets safe.',
    description: `## Idea

Street lighting is one of the largest electricity bills of a city. Adaptive lighting, proven in the Brainport region, dims to 20% when a street is empty and brightens within a second when someone approaches.

## Still to settle

- Budget and co-funding (to be agreed with the partner).
- The closing date.
- Which streets: a mix of residential streets and roads near industrial parks.`,
    kind: 'PARTNERSHIP',
    domain: 'ENERGY',
    indicators: ['SUSTAINABILITY', 'INNOVATION'],
    location: 'TP. Tân Uyên',
    eligibleKinds: ['STATE', 'ENTERPRISE'],
    sealed: false,
    visibility: 'PLATFORM',
    criteria: [
      { name: 'Suitability of the proposed streets', weight: 50 },
      { name: 'Support for permits and maintenance', weight: 50 },
    ],
    postedDaysAgo: 1,
  },
];
