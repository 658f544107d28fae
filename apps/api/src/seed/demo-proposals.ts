/**
 * Where a demo proposal stands once the demo is loaded. UNDER_REVIEW is a SUBMITTED proposal on a
 * call past its closing time; SHORTLISTED, ACCEPTED and REJECTED are the owner's decisions on it.
 */
export type DemoProposalState = 'DRAFT' | 'SUBMITTED' | 'WITHDRAWN' | 'UNDER_REVIEW' | 'SHORTLISTED' | 'ACCEPTED' | 'REJECTED';

export interface DemoProposal {
  /** The call's title, exactly as in DEMO_PROJECTS. */
  project: string;
  /** Registration code of the lead organisation (see DEMO_ORGANISATIONS). */
  lead: string;
  state: DemoProposalState;
  /** Partner organisations and their answer (a pending partner keeps the proposal a draft). */
  partners?: { code: string; answer: 'CONFIRMED' | 'PENDING' }[];
  title: string;
  abstract: string;
  /** Markdown. */
  approach: string;
  /** Đồng. */
  requestedBudget: number;
  durationMonths: number;
  team: { name: string; role: string; organisation?: string }[];
  budgetLines: { item: string; amount: number }[];
  /** Days before the seeding time it was submitted (and withdrawn, for WITHDRAWN: a day later). */
  submittedDaysAgo?: number;
  /** Each reviewer's scores (0–10) in the order of the call's criteria; reviewers are the owner's admin, then member. */
  scores?: number[][];
  decision?: { justification: string; feedback: string };
}

const DIC = 'BD-DIC-001';
const TDMU = 'EDU-TDMU-2009';
const EIU = 'EDU-EIU-2010';
const BECAMEX = '3700145020';
const VNPT = '0100684378-BD';
const KEMPEN = 'NL-KVK-17098765';

const SOLAR = 'Điện mặt trời áp mái và hệ thống quản lý năng lượng cho nhà xưởng KCN Mỹ Phước 3';
const CAMERAS = 'Thí điểm phân tích video thông minh cho camera an ninh tại TP. Dĩ An';
const RECYCLING = 'Thử thách ý tưởng: bản đồ số điểm thu gom rác tái chế tại TP. Thủ Dầu Một';

/** The calls' proposals: every state, with the triple-helix consortium TDMU + VNPT. Owners are never leads or partners of their own call. */
export const DEMO_PROPOSALS: DemoProposal[] = [
  {
    project: 'Đặt hàng nghiên cứu: trợ lý ảo tiếng Việt hướng dẫn thủ tục hành chính',
    lead: TDMU,
    state: 'SUBMITTED',
    partners: [{ code: VNPT, answer: 'CONFIRMED' }],
    title: 'Trợ lý ảo “Hỏi thủ tục Bình Dương”: mô hình ngôn ngữ tiếng Việt trên hạ tầng VNPT',
    abstract:
      'Trường Đại học Thủ Dầu Một chủ trì nghiên cứu, VNPT Bình Dương cung cấp hạ tầng tính toán và kênh Zalo/tổng đài 1022: trợ lý trả lời 200 thủ tục thường gặp, dẫn người dân đến đúng bước trên Cổng dịch vụ công.',
    approach: `## Cách tiếp cận

1. Chuẩn hóa 200 thủ tục cấp tỉnh và cấp xã thành cơ sở tri thức có trích dẫn văn bản gốc.
2. Tinh chỉnh mô hình ngôn ngữ tiếng Việt mã nguồn mở, chạy tại trung tâm dữ liệu của VNPT trong tỉnh.
3. Thử nghiệm với 500 người dân tại bộ phận một cửa TP. Thủ Dầu Một; đo tỷ lệ trả lời đúng và mức hài lòng.

## Liên danh ba nhà

- **TDMU:** nhóm nghiên cứu xử lý ngôn ngữ tự nhiên, đánh giá và công bố kết quả.
- **VNPT Bình Dương:** hạ tầng, tích hợp tổng đài 1022 và Zalo OA, vận hành sau nghiên cứu.`,
    requestedBudget: 1_150_000_000,
    durationMonths: 12,
    team: [
      { name: 'TS. Nguyễn Thị Thanh Hương', role: 'Chủ nhiệm đề tài', organisation: 'Trường Đại học Thủ Dầu Một' },
      { name: 'ThS. Lê Quang Vinh', role: 'Kỹ sư hạ tầng', organisation: 'VNPT Bình Dương' },
    ],
    budgetLines: [
      { item: 'Nhân công nghiên cứu', amount: 620_000_000 },
      { item: 'Hạ tầng tính toán và tích hợp kênh', amount: 380_000_000 },
      { item: 'Thử nghiệm với người dân', amount: 150_000_000 },
    ],
    submittedDaysAgo: 3,
  },
  {
    project: 'Thử thách sáng tạo: chăm sóc sức khỏe số cho công nhân khu công nghiệp',
    lead: EIU,
    state: 'DRAFT',
    partners: [{ code: BECAMEX, answer: 'PENDING' }],
    title: 'Sổ sức khỏe ca làm: đặt lịch khám buổi tối cho công nhân KCN Mỹ Phước',
    abstract:
      'Ứng dụng nhẹ trên Zalo giúp công nhân đặt lịch khám ngoài giờ ca tại trạm y tế gần nhà trọ và nhận kết quả khám định kỳ; Becamex IDC được mời cùng triển khai tại các khu công nghiệp do mình quản lý.',
    approach: 'Bản nháp: chờ Becamex IDC xác nhận tham gia liên danh trước khi hoàn thiện kế hoạch thử nghiệm.',
    requestedBudget: 250_000_000,
    durationMonths: 6,
    team: [{ name: 'ThS. Phạm Minh Khoa', role: 'Trưởng nhóm', organisation: 'Trường Đại học Quốc tế Miền Đông' }],
    budgetLines: [{ item: 'Phát triển ứng dụng', amount: 250_000_000 }],
  },
  {
    project: 'Thí điểm điều khiển đèn tín hiệu giao thông thích ứng trên Đại lộ Bình Dương',
    lead: VNPT,
    state: 'SUBMITTED',
    title: 'Điều khiển tín hiệu thích ứng trên nền IoT và đường truyền VNPT cho 8 nút giao',
    abstract:
      'Bộ điều khiển thích ứng, camera đếm xe và đường truyền riêng cho 8 nút giao; dữ liệu đẩy về IOC Bình Dương qua API mở, vận hành thử 12 tháng với cam kết sẵn sàng 99,5%.',
    approach: `## Giải pháp

- Khảo sát 2 tuần, đếm lưu lượng theo hướng và loại xe.
- Bộ điều khiển đạt QCVN 41:2019/BGTVT, thuật toán tối ưu chu kỳ theo thời gian thực, ưu tiên xe buýt và xe cứu thương.
- Giám sát 24/7 tại trung tâm điều hành của VNPT, báo cáo hằng tháng cho Sở Giao thông Vận tải.`,
    requestedBudget: 17_900_000_000,
    durationMonths: 14,
    team: [{ name: 'Trần Đức Long', role: 'Giám đốc dự án', organisation: 'VNPT Bình Dương' }],
    budgetLines: [
      { item: 'Thiết bị và lắp đặt', amount: 12_400_000_000 },
      { item: 'Tích hợp IOC', amount: 2_100_000_000 },
      { item: 'Vận hành thử 12 tháng', amount: 3_400_000_000 },
    ],
    submittedDaysAgo: 2,
  },
  {
    project: 'Thử thách dữ liệu mở: cảnh báo sớm ngập cục bộ tại Thủ Dầu Một và Dĩ An',
    lead: BECAMEX,
    state: 'WITHDRAWN',
    title: 'Cảm biến mực nước tại các tuyến đường khu đô thị Becamex',
    abstract: 'Lắp 30 cảm biến mực nước tại các tuyến đường trũng trong khu đô thị do Becamex quản lý, công bố dữ liệu mở theo phút.',
    approach: 'Rút hồ sơ: Becamex IDC sẽ tham gia với vai trò cung cấp dữ liệu cho các đội thi thay vì nộp giải pháp riêng.',
    requestedBudget: 300_000_000,
    durationMonths: 4,
    team: [{ name: 'Nguyễn Hoàng Sơn', role: 'Kỹ sư hạ tầng', organisation: 'Becamex IDC' }],
    budgetLines: [{ item: 'Cảm biến và lắp đặt', amount: 300_000_000 }],
    submittedDaysAgo: 6,
  },
  {
    project: 'Kêu gọi đồng nghiên cứu: kỹ năng số của người lao động tại các khu công nghiệp Bình Dương',
    lead: DIC,
    state: 'DRAFT',
    title: 'Tiếp cận 12 khu công nghiệp và lồng ghép khảo sát vào chương trình phổ cập kỹ năng số',
    abstract: 'Sở Thông tin và Truyền thông phối hợp tiếp cận ban quản lý các khu công nghiệp và công đoàn cơ sở để tổ chức khảo sát trong giờ nghỉ ca.',
    approach: 'Bản nháp: đang thống nhất danh sách khu công nghiệp với Ban Quản lý các KCN Bình Dương.',
    requestedBudget: 90_000_000,
    durationMonths: 5,
    team: [{ name: 'Võ Thị Ngọc Lan', role: 'Chuyên viên', organisation: 'Sở Thông tin và Truyền thông Bình Dương' }],
    budgetLines: [{ item: 'Tổ chức khảo sát tại KCN', amount: 90_000_000 }],
  },
  {
    project: SOLAR,
    lead: VNPT,
    state: 'ACCEPTED',
    title: 'Điện mặt trời áp mái 2,4 MWp kèm nền tảng quản lý năng lượng IoT cho 6 nhà xưởng',
    abstract: 'VNPT và đối tác EPC lắp 2,4 MWp trên 6 mái nhà xưởng, đo đếm từng xưởng qua nền tảng IoT, cam kết sản lượng năm đầu và bảo trì 10 năm.',
    approach: `## Giải pháp

- Tấm pin Tier 1, biến tần chuỗi, kết cấu không khoan mái.
- Đo đếm và điều khiển qua nền tảng IoT của VNPT, cảnh báo sự cố theo thời gian thực.
- Cam kết sản lượng năm đầu 3,1 GWh; bảo trì, vệ sinh tấm pin 10 năm.`,
    requestedBudget: 21_600_000_000,
    durationMonths: 8,
    team: [{ name: 'Đặng Văn Tài', role: 'Chủ nhiệm kỹ thuật', organisation: 'VNPT Bình Dương' }],
    budgetLines: [
      { item: 'Thiết bị và lắp đặt', amount: 18_200_000_000 },
      { item: 'Nền tảng quản lý năng lượng', amount: 1_600_000_000 },
      { item: 'Bảo trì 10 năm', amount: 1_800_000_000 },
    ],
    submittedDaysAgo: 14,
    scores: [
      [9, 8, 7, 8],
      [8, 9, 7, 9],
    ],
    decision: {
      justification: 'Điểm cao nhất ở giải pháp kỹ thuật và cam kết sản lượng; giá nằm trong dự toán.',
      feedback: 'Hồ sơ được chọn. Đề nghị hoàn thiện lịch thi công theo ca để không gián đoạn sản xuất và gửi trước ngày ký hợp đồng.',
    },
  },
  {
    project: SOLAR,
    lead: KEMPEN,
    state: 'REJECTED',
    title: 'Rooftop solar with battery storage and demand response for Mỹ Phước 3',
    abstract: 'A 2 MWp rooftop system with a 1 MWh battery, shifting factory peaks and trading flexibility, based on Brainport industrial pilots.',
    approach: 'Battery storage sized for peak shaving; demand response contracts once the Vietnamese market allows it.',
    requestedBudget: 26_900_000_000,
    durationMonths: 10,
    team: [{ name: 'Pieter van den Berg', role: 'Project lead', organisation: 'Kempen Smart Energy' }],
    budgetLines: [
      { item: 'PV installation', amount: 17_500_000_000 },
      { item: 'Battery storage', amount: 9_400_000_000 },
    ],
    submittedDaysAgo: 12,
    scores: [
      [7, 4, 6, 6],
      [6, 5, 6, 5],
    ],
    decision: {
      justification: 'Giá dự thầu vượt dự toán khoảng 25%; pin lưu trữ chưa cần thiết ở giai đoạn này.',
      feedback: 'Cảm ơn đề xuất. Giá vượt dự toán và phương án pin lưu trữ chưa phù hợp giai đoạn đầu; mong quý công ty tham gia giai đoạn mở rộng có lưu trữ.',
    },
  },
  {
    project: CAMERAS,
    lead: BECAMEX,
    state: 'SHORTLISTED',
    title: 'Phân tích video tại biên cho 80 camera, dữ liệu lưu tại trung tâm dữ liệu tỉnh',
    abstract: 'Thiết bị phân tích tại biên đặt ở 20 nút giao, chỉ gửi sự kiện và ảnh cắt về IOC; không nhận dạng khuôn mặt.',
    approach: 'Mô hình phát hiện sự kiện huấn luyện trên dữ liệu giao thông Bình Dương; cảnh báo trong 15 giây; báo cáo độ chính xác hằng tháng.',
    requestedBudget: 9_200_000_000,
    durationMonths: 6,
    team: [{ name: 'Lý Thanh Phong', role: 'Kiến trúc sư giải pháp', organisation: 'Becamex IDC' }],
    budgetLines: [
      { item: 'Thiết bị biên', amount: 6_100_000_000 },
      { item: 'Phần mềm và tích hợp', amount: 3_100_000_000 },
    ],
    submittedDaysAgo: 9,
    scores: [
      [8, 9, 7, 8],
      [8, 8, 8, 7],
    ],
    decision: { justification: 'Vào vòng thử nghiệm thực địa 2 tuần trên 10 camera.', feedback: 'Hồ sơ vào vòng thử nghiệm thực địa; lịch thử nghiệm sẽ được gửi qua nền tảng.' },
  },
  {
    project: CAMERAS,
    lead: VNPT,
    state: 'UNDER_REVIEW',
    title: 'Phân tích video tập trung trên đám mây riêng của VNPT đặt tại Bình Dương',
    abstract: 'Luồng video về trung tâm dữ liệu VNPT trong tỉnh, phân tích tập trung, cảnh báo về IOC và Công an TP. Dĩ An.',
    approach: 'Phân tích tập trung giúp cập nhật mô hình nhanh; đường truyền cáp quang riêng đến từng nút giao.',
    requestedBudget: 8_700_000_000,
    durationMonths: 6,
    team: [{ name: 'Hồ Ngọc Anh', role: 'Quản lý dự án', organisation: 'VNPT Bình Dương' }],
    budgetLines: [{ item: 'Hạ tầng và phần mềm', amount: 8_700_000_000 }],
    submittedDaysAgo: 7,
    scores: [[7, 8, 8, 6]],
  },
  {
    project: RECYCLING,
    lead: EIU,
    state: 'REJECTED',
    title: 'Ví xanh EIU: tích điểm tái chế qua mã QR tại điểm thu gom',
    abstract: 'Sinh viên EIU đề xuất ví điểm thưởng quét mã QR tại điểm thu gom, bản đồ điểm thu gom trên Google Maps và kênh Zalo nhắc lịch.',
    approach: 'Nguyên mẫu trong 3 tháng, thử với 200 hộ tại phường Phú Cường; điểm thưởng do nhà tài trợ đóng góp.',
    requestedBudget: 150_000_000,
    durationMonths: 3,
    team: [{ name: 'Trương Gia Bảo', role: 'Trưởng nhóm sinh viên', organisation: 'Trường Đại học Quốc tế Miền Đông' }],
    budgetLines: [{ item: 'Phát triển nguyên mẫu và thử nghiệm', amount: 150_000_000 }],
    submittedDaysAgo: 25,
    scores: [
      [6, 3, 4],
      [5, 4, 4],
    ],
    decision: {
      justification: 'Chưa có phương án vận hành cùng phường và đơn vị thu gom; nguồn điểm thưởng chưa chắc chắn.',
      feedback:
        'Ý tưởng thân thiện với người dân nhưng chưa nêu ai cập nhật điểm thu gom và ai tài trợ điểm thưởng sau thử nghiệm. Thử thách sẽ được mở lại vào quý sau; mong nhóm bổ sung và tham gia.',
    },
  },
];

/** The calls in EVALUATION finalised once their proposals are decided: AWARDED (one accepted) and UNSUCCESSFUL (all rejected). */
export const DEMO_FINALISED_PROJECTS = { awarded: SOLAR, unsuccessful: RECYCLING };
